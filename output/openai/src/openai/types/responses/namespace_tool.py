# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.code_interpreter_tool import CodeInterpreterTool
from ...types.empty_model_param import EmptyModelParam
from ...types.image_gen_tool import ImageGenTool
from ...types.local_shell_tool_param import LocalShellToolParam
from ...types.realtime.realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool
from ...types.responses.apply_patch_tool import ApplyPatchTool
from ...types.responses.computer_tool import ComputerTool
from ...types.responses.computer_use_preview_tool import ComputerUsePreviewTool
from ...types.responses.custom_tool import CustomTool
from ...types.responses.file_search_tool import FileSearchTool
from ...types.responses.function_shell_tool import FunctionShellTool
from ...types.responses.function_tool import FunctionTool
from ...types.responses.tool_search_tool import ToolSearchTool
from ...types.responses.web_search_preview_tool import WebSearchPreviewTool
from ...types.responses.web_search_tool import WebSearchTool

__all__ = [
    "ToolFunction",
    "Tool2",
    "NamespaceTool",
    "Tool",
]


class ToolFunction(BaseModel):
    name: str
    description: Optional[str] = None
    parameters: Optional[EmptyModelParam] = None
    strict: Optional[bool] = None
    type: Literal["function"]
    defer_loading: Optional[bool] = None
    """Whether this function should be deferred and discovered via tool search."""


Tool2: TypeAlias = Annotated[Union[ToolFunction, CustomTool], PropertyInfo(discriminator="type")]
"""A function or custom tool that belongs to a namespace."""


class NamespaceTool(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: List[Tool2]
    """The function/custom tools available inside this namespace."""


Tool: TypeAlias = Annotated[
    Union[
        FunctionTool,
        FileSearchTool,
        ComputerTool,
        ComputerUsePreviewTool,
        WebSearchTool,
        RealtimeResponseCreateMcpTool,
        CodeInterpreterTool,
        ImageGenTool,
        LocalShellToolParam,
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
