# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "Tool",
    "RealtimeMcpListToolsParam",
]


class Tool(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: Optional[str]
    input_schema: Required[object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[object]


class RealtimeMcpListToolsParam(TypedDict, total=False):
    """A Realtime item listing tools available on an MCP server."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Iterable[Tool]]
    """The tools available on the server."""
