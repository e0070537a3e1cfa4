# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RealtimeMcpApprovalRequestParam",
]


class RealtimeMcpApprovalRequestParam(TypedDict, total=False):
    """A Realtime item requesting human approval of a tool invocation."""

    type: Required[Literal["mcp_approval_request"]]
    """The type of the item. Always `mcp_approval_request`."""

    id: Required[str]
    """The unique ID of the approval request."""

    server_label: Required[str]
    """The label of the MCP server making the request."""

    name: Required[str]
    """The name of the tool to run."""

    arguments: Required[str]
    """A JSON string of arguments for the tool."""
