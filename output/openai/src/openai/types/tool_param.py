# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.apply_patch_tool_param_param import ApplyPatchToolParamParam
from ..types.code_interpreter_tool_param import CodeInterpreterToolParam
from ..types.computer_tool_param import ComputerToolParam
from ..types.computer_use_preview_tool_param import ComputerUsePreviewToolParam
from ..types.custom_tool_param_param import CustomToolParamParam
from ..types.file_search_tool_param import FileSearchToolParam
from ..types.function_shell_tool_param_param import FunctionShellToolParamParam
from ..types.function_tool_param import FunctionToolParam
from ..types.image_gen_tool_param import ImageGenToolParam
from ..types.local_shell_tool_param_param import LocalShellToolParamParam
from ..types.mcp_tool_param import MCPToolParam
from ..types.namespace_tool_param_param import NamespaceToolParamParam
from ..types.tool_search_tool_param_param import ToolSearchToolParamParam
from ..types.web_search_preview_tool_param import WebSearchPreviewToolParam
from ..types.web_search_tool_param import WebSearchToolParam

__all__ = [
    "ToolParam",
]


ToolParam: TypeAlias = Union[
    FunctionToolParam,
    FileSearchToolParam,
    ComputerToolParam,
    ComputerUsePreviewToolParam,
    WebSearchToolParam,
    MCPToolParam,
    CodeInterpreterToolParam,
    ImageGenToolParam,
    LocalShellToolParamParam,
    FunctionShellToolParamParam,
    CustomToolParamParam,
    NamespaceToolParamParam,
    ToolSearchToolParamParam,
    WebSearchPreviewToolParam,
    ApplyPatchToolParamParam,
]
"""A tool that can be used to generate a response."""
