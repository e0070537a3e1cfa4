# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.realtime.realtime_mcp_protocol_error_param import RealtimeMcpProtocolErrorParam
from ...types.realtime.realtime_mcp_tool_execution_error_param import RealtimeMcpToolExecutionErrorParam
from ...types.realtime.realtime_mcphttp_error_param import RealtimeMcphttpErrorParam

__all__ = [
    "Error",
    "RealtimeMcpToolCallParam",
]


Error: TypeAlias = Union[RealtimeMcpProtocolErrorParam, RealtimeMcpToolExecutionErrorParam, RealtimeMcphttpErrorParam]
"""The error from the tool call, if any."""


class RealtimeMcpToolCallParam(TypedDict, total=False):
    """A Realtime item representing an invocation of a tool on an MCP server."""

    type: Required[Literal["mcp_call"]]
    """The type of the item. Always `mcp_call`."""

    id: Required[str]
    """The unique ID of the tool call."""

    server_label: Required[str]
    """The label of the MCP server running the tool."""

    name: Required[str]
    """The name of the tool that was run."""

    arguments: Required[str]
    """A JSON string of the arguments passed to the tool."""

    approval_request_id: Optional[str]
    output: Optional[str]
    error: Optional[Error]
