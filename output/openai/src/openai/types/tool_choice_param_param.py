# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.responses.tool_choice_allowed_param import ToolChoiceAllowedParam
from ..types.responses.tool_choice_apply_patch_param import ToolChoiceApplyPatchParam
from ..types.responses.tool_choice_custom_param import ToolChoiceCustomParam
from ..types.responses.tool_choice_function_param import ToolChoiceFunctionParam
from ..types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ..types.responses.tool_choice_options import ToolChoiceOptions
from ..types.responses.tool_choice_shell_param import ToolChoiceShellParam
from ..types.responses.tool_choice_types_param import ToolChoiceTypesParam

__all__ = [
    "ToolChoiceParamParam",
]


ToolChoiceParamParam: TypeAlias = Union[
    ToolChoiceOptions,
    ToolChoiceAllowedParam,
    ToolChoiceTypesParam,
    ToolChoiceFunctionParam,
    ToolChoiceMcpParam,
    ToolChoiceCustomParam,
    ToolChoiceApplyPatchParam,
    ToolChoiceShellParam,
]
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call."""
