# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.apply_patch_tool_param import ApplyPatchToolParam
from ..types.code_interpreter_tool import CodeInterpreterTool
from ..types.computer_tool import ComputerTool
from ..types.computer_use_preview_tool import ComputerUsePreviewTool
from ..types.custom_tool_param import CustomToolParam
from ..types.file_search_tool import FileSearchTool
from ..types.function_shell_tool_param import FunctionShellToolParam
from ..types.function_tool import FunctionTool
from ..types.image_gen_tool import ImageGenTool
from ..types.local_shell_tool_param import LocalShellToolParam
from ..types.mcp_tool import MCPTool
from ..types.namespace_tool_param import NamespaceToolParam
from ..types.tool_search_tool_param import ToolSearchToolParam
from ..types.web_search_preview_tool import WebSearchPreviewTool
from ..types.web_search_tool import WebSearchTool

__all__ = [
    "Tool",
]


Tool: TypeAlias = Annotated[
    Union[
        FunctionTool,
        FileSearchTool,
        ComputerTool,
        ComputerUsePreviewTool,
        WebSearchTool,
        MCPTool,
        CodeInterpreterTool,
        ImageGenTool,
        LocalShellToolParam,
        FunctionShellToolParam,
        CustomToolParam,
        NamespaceToolParam,
        ToolSearchToolParam,
        WebSearchPreviewTool,
        ApplyPatchToolParam,
    ],
    PropertyInfo(discriminator="type"),
]
"""A tool that can be used to generate a response."""
