# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.specific_apply_patch_param import SpecificApplyPatchParam
from ..types.specific_function_shell_param import SpecificFunctionShellParam
from ..types.tool_choice_allowed import ToolChoiceAllowed
from ..types.tool_choice_custom import ToolChoiceCustom
from ..types.tool_choice_function import ToolChoiceFunction
from ..types.tool_choice_mcp import ToolChoiceMCP
from ..types.tool_choice_options import ToolChoiceOptions
from ..types.tool_choice_types import ToolChoiceTypes

__all__ = [
    "ToolChoiceParam",
]


ToolChoiceParam: TypeAlias = Union[
    ToolChoiceOptions,
    ToolChoiceAllowed,
    ToolChoiceTypes,
    ToolChoiceFunction,
    ToolChoiceMCP,
    ToolChoiceCustom,
    SpecificApplyPatchParam,
    SpecificFunctionShellParam,
]
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call."""
