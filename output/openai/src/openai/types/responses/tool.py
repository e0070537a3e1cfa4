# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.responses.apply_patch_tool import ApplyPatchTool
from ...types.responses.computer_tool import ComputerTool
from ...types.responses.computer_use_preview_tool import ComputerUsePreviewTool
from ...types.responses.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
from ...types.responses.container_network_policy_disabled import ContainerNetworkPolicyDisabled
from ...types.responses.custom_tool import CustomTool
from ...types.responses.file_search_tool import FileSearchTool
from ...types.responses.function_shell_tool import FunctionShellTool
from ...types.responses.function_tool import FunctionTool
from ...types.responses.namespace_tool import NamespaceTool
from ...types.responses.tool_search_tool import ToolSearchTool
from ...types.responses.web_search_preview_tool import WebSearchPreviewTool
from ...types.responses.web_search_tool import WebSearchTool

__all__ = [
    "McpAllowedToolsMcpToolFilter",
    "McpAllowedTools",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApproval",
    "Mcp",
    "CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy",
    "CodeInterpreterContainerCodeInterpreterToolAuto",
    "CodeInterpreterContainer",
    "CodeInterpreter",
    "ImageGenerationInputImageMask",
    "ImageGeneration",
    "LocalShell",
    "Tool",
]


class McpAllowedToolsMcpToolFilter(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: Optional[List[str]] = None
    """List of allowed tool names."""

    read_only: Optional[bool] = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


McpAllowedTools: TypeAlias = Union[List[str], McpAllowedToolsMcpToolFilter, None]
"""List of allowed tool names or a filter object."""


class McpRequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: Optional[List[str]] = None
    """List of allowed tool names."""

    read_only: Optional[bool] = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


class McpRequireApprovalMcpToolApprovalFilterNever(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: Optional[List[str]] = None
    """List of allowed tool names."""

    read_only: Optional[bool] = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter."""


class McpRequireApprovalMcpToolApprovalFilter(BaseModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval."""

    always: Optional[McpRequireApprovalMcpToolApprovalFilterAlways] = None
    """A filter object to specify which tools are allowed."""

    never: Optional[McpRequireApprovalMcpToolApprovalFilterNever] = None
    """A filter object to specify which tools are allowed."""


McpRequireApproval: TypeAlias = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"], None]
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
    allowed_tools: Optional[McpAllowedTools] = None
    require_approval: Optional[McpRequireApproval] = None
    defer_loading: Optional[bool] = None
    """Whether this MCP tool is deferred and discovered via tool search."""


CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy: TypeAlias = Annotated[
    Union[ContainerNetworkPolicyDisabled, ContainerNetworkPolicyAllowlist], PropertyInfo(discriminator="type")
]
"""Network access policy for the container."""


class CodeInterpreterContainerCodeInterpreterToolAuto(BaseModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Literal["auto"]
    """Always `auto`."""

    file_ids: Optional[List[str]] = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy] = None
    """Network access policy for the container."""


CodeInterpreterContainer: TypeAlias = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]
"""The code interpreter container. Can be a container ID or an object that
specifies uploaded file IDs to make available to your code, along with an
optional `memory_limit` setting."""


class CodeInterpreter(BaseModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Literal["code_interpreter"]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: CodeInterpreterContainer
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting."""


class ImageGenerationInputImageMask(BaseModel):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    image_url: Optional[str] = None
    """Base64-encoded mask image."""

    file_id: Optional[str] = None
    """File ID for the mask image."""


class ImageGeneration(BaseModel):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"]
    """The type of the image generation tool. Always `image_generation`."""

    model: Optional[Union[str, Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"]]] = None
    quality: Optional[Literal["low", "medium", "high", "auto"]] = None
    """The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`."""

    size: Optional[Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]] = None
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."""

    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    """The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`."""

    output_compression: Optional[int] = None
    """Compression level for the output image. Default: 100."""

    moderation: Optional[Literal["auto", "low"]] = None
    """Moderation level for the generated image. Default: `auto`."""

    background: Optional[Literal["transparent", "opaque", "auto"]] = None
    """Background type for the generated image. One of `transparent`,
    `opaque`, or `auto`. Default: `auto`."""

    input_fidelity: Optional[Literal["high", "low"]] = None
    input_image_mask: Optional[ImageGenerationInputImageMask] = None
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    partial_images: Optional[int] = None
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""

    action: Optional[Literal["generate", "edit", "auto"]] = None
    """Whether to generate a new image or edit an existing image. Default: `auto`."""


class LocalShell(BaseModel):
    """A tool that allows the model to execute shell commands in a local environment."""

    type: Literal["local_shell"]
    """The type of the local shell tool. Always `local_shell`."""


Tool: TypeAlias = Annotated[
    Union[
        FunctionTool,
        FileSearchTool,
        ComputerTool,
        ComputerUsePreviewTool,
        WebSearchTool,
        Mcp,
        CodeInterpreter,
        ImageGeneration,
        LocalShell,
        FunctionShellTool,
        CustomTool,
        NamespaceTool,
        ToolSearchTool,
        WebSearchPreviewTool,
        ApplyPatchTool,
    ],
    PropertyInfo(discriminator="type"),
]
"""A tool that can be used to generate a response."""
