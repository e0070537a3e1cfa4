# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.realtime.realtime_function_tool_param import RealtimeFunctionToolParam
from ...types.realtime.realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam

__all__ = [
    "RealtimeToolsConfigUnionParam",
]


RealtimeToolsConfigUnionParam: TypeAlias = Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]
