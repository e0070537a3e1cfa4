# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.mcp_tool_call_status import McpToolCallStatus

__all__ = [
    "McpToolCallParam",
]


class McpToolCallParam(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

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

    output: Optional[str]
    error: Optional[str]
    status: McpToolCallStatus
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str]
