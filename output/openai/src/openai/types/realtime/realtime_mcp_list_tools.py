# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Tool",
    "RealtimeMcpListTools",
]


class Tool(BaseModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: Optional[str] = None
    input_schema: object
    """The JSON schema describing the tool's input."""

    annotations: Optional[object] = None


class RealtimeMcpListTools(BaseModel):
    """A Realtime item listing tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: Optional[str] = None
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[Tool]
    """The tools available on the server."""
