# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.realtime.realtime_function_tool import RealtimeFunctionTool

__all__ = [
    "AllowedToolsMcpToolFilter",
    "AllowedTools",
    "RequireApprovalMcpToolApprovalFilterAlways",
    "RequireApprovalMcpToolApprovalFilterNever",
    "RequireApprovalMcpToolApprovalFilter",
    "RequireApproval",
    "Mcp",
    "RealtimeToolsConfigUnion",
]


class AllowedToolsMcpToolFilter(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: Optional[List[str]] = None
    """List of allowed tool names."""

    read_only: Optional[bool] = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


AllowedTools: TypeAlias = Union[List[str], AllowedToolsMcpToolFilter, None]
"""List of allowed tool names or a filter object."""


class RequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: Optional[List[str]] = None
    """List of allowed tool names."""

    read_only: Optional[bool] = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


class RequireApprovalMcpToolApprovalFilterNever(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: Optional[List[str]] = None
    """List of allowed tool names."""

    read_only: Optional[bool] = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


class RequireApprovalMcpToolApprovalFilter(BaseModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval."""

    always: Optional[RequireApprovalMcpToolApprovalFilterAlways] = None
    """A filter object to specify which tools are allowed."""

    never: Optional[RequireApprovalMcpToolApprovalFilterNever] = None
    """A filter object to specify which tools are allowed."""


RequireApproval: TypeAlias = Union[RequireApprovalMcpToolApprovalFilter, Literal["always", "never"], None]
"""Specify which of the MCP server's tools require approval."""


class Mcp(BaseModel):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp)."""

    type: Literal["mcp"]
    """The type of the MCP tool. Always `mcp`."""

    server_label: str
    """A label for this MCP server, used to identify it in tool calls."""

    server_url: Optional[str] = None
    """The URL for the MCP server. One of `server_url` or `connector_id` must be
    provided."""

    connector_id: Optional[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
    ] = None
    """Identifier for service connectors, like those available in ChatGPT. One of
    `server_url` or `connector_id` must be provided. Learn more about service
    connectors [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`"""

    authorization: Optional[str] = None
    """An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here."""

    server_description: Optional[str] = None
    """Optional description of the MCP server, used to provide more context."""

    headers: Optional[Dict[str, str]] = None
    allowed_tools: Optional[AllowedTools] = None
    require_approval: Optional[RequireApproval] = None
    defer_loading: Optional[bool] = None
    """Whether this MCP tool is deferred and discovered via tool search."""


RealtimeToolsConfigUnion: TypeAlias = Annotated[Union[RealtimeFunctionTool, Mcp], PropertyInfo(discriminator="type")]
