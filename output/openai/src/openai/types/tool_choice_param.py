# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.responses.tool_choice_allowed import ToolChoiceAllowed
from ..types.responses.tool_choice_apply_patch import ToolChoiceApplyPatch
from ..types.responses.tool_choice_custom import ToolChoiceCustom
from ..types.responses.tool_choice_function import ToolChoiceFunction
from ..types.responses.tool_choice_mcp import ToolChoiceMcp
from ..types.responses.tool_choice_options import ToolChoiceOptions
from ..types.responses.tool_choice_shell import ToolChoiceShell
from ..types.responses.tool_choice_types import ToolChoiceTypes

__all__ = [
    "ToolChoiceParam",
]


ToolChoiceParam: TypeAlias = Union[
    ToolChoiceOptions,
    ToolChoiceAllowed,
    ToolChoiceTypes,
    ToolChoiceFunction,
    ToolChoiceMcp,
    ToolChoiceCustom,
    ToolChoiceApplyPatch,
    ToolChoiceShell,
]
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call."""
