# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from .....types.hosted_tool_permission_update_param import HostedToolPermissionUpdateParam

__all__ = [
    "HostedToolPermissionUpdateParams",
]


class HostedToolPermissionUpdateParams(TypedDict, total=False):
    file_search: Optional[HostedToolPermissionUpdateParam]
    """The file search permission update."""

    web_search: Optional[HostedToolPermissionUpdateParam]
    """The web search permission update."""

    image_generation: Optional[HostedToolPermissionUpdateParam]
    """The image generation permission update."""

    mcp: Optional[HostedToolPermissionUpdateParam]
    """The MCP permission update."""

    code_interpreter: Optional[HostedToolPermissionUpdateParam]
    """The code interpreter permission update."""
