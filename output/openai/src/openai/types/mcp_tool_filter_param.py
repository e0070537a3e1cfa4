# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from .._types import SequenceNotStr

__all__ = [
    "McpToolFilterParam",
]


class McpToolFilterParam(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""
