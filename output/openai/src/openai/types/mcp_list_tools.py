# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.mcp_list_tools_tool import McpListToolsTool

__all__ = [
    "McpListTools",
]


class McpListTools(BaseModel):
    """A list of tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[McpListToolsTool]
    """The tools available on the server."""

    error: Optional[str] = None
