# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from .._models import BaseModel

__all__ = [
    "McpListToolsTool",
]


class McpListToolsTool(BaseModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: Optional[str] = None
    input_schema: Dict[str, object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]] = None
