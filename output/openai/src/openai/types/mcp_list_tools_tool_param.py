# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Required, TypedDict

__all__ = [
    "McpListToolsToolParam",
]


class McpListToolsToolParam(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: Optional[str]
    input_schema: Required[Dict[str, object]]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]]
