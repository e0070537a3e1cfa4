# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.code_interpreter_tool_param import CodeInterpreterToolParam
from ...types.image_gen_tool_param import ImageGenToolParam
from ...types.local_shell_tool_param_param import LocalShellToolParamParam
from ...types.realtime.realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
from ...types.responses.apply_patch_tool_param import ApplyPatchToolParam
from ...types.responses.computer_tool_param import ComputerToolParam
from ...types.responses.computer_use_preview_tool_param import ComputerUsePreviewToolParam
from ...types.responses.custom_tool_param import CustomToolParam
from ...types.responses.file_search_tool_param import FileSearchToolParam
from ...types.responses.function_shell_tool_param import FunctionShellToolParam
from ...types.responses.function_tool_param import FunctionToolParam
from ...types.responses.namespace_tool_param import NamespaceToolParam
from ...types.responses.tool_search_tool_param import ToolSearchToolParam
from ...types.responses.web_search_preview_tool_param import WebSearchPreviewToolParam
from ...types.responses.web_search_tool_param import WebSearchToolParam

__all__ = [
    "ToolParam",
]


ToolParam: TypeAlias = Union[
    FunctionToolParam,
    FileSearchToolParam,
    ComputerToolParam,
    ComputerUsePreviewToolParam,
    WebSearchToolParam,
    RealtimeResponseCreateMcpToolParam,
    CodeInterpreterToolParam,
    ImageGenToolParam,
    LocalShellToolParamParam,
    FunctionShellToolParam,
    CustomToolParam,
    NamespaceToolParam,
    ToolSearchToolParam,
    WebSearchPreviewToolParam,
    ApplyPatchToolParam,
]
"""A tool that can be used to generate a response."""
