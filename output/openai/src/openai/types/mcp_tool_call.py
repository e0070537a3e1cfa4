# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.mcp_tool_call_status import McpToolCallStatus

__all__ = [
    "McpToolCall",
]


class McpToolCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    output: Optional[str] = None
    error: Optional[str] = None
    status: Optional[McpToolCallStatus] = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str] = None
