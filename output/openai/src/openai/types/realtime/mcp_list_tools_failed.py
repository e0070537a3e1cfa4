# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "McpListToolsFailed",
]


class McpListToolsFailed(BaseModel):
    """Returned when listing MCP tools has failed for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.failed"]
    """The event type, must be `mcp_list_tools.failed`."""

    item_id: str
    """The ID of the MCP list tools item."""
