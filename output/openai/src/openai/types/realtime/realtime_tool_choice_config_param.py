# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.responses.tool_choice_function_param import ToolChoiceFunctionParam
from ...types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ...types.responses.tool_choice_options import ToolChoiceOptions

__all__ = [
    "RealtimeToolChoiceConfigParam",
]


RealtimeToolChoiceConfigParam: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
"""How the model chooses tools. Provide one of the string modes or force a specific
function/MCP tool."""
