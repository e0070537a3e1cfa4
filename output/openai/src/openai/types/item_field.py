# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.apply_patch_tool_call import ApplyPatchToolCall
from ..types.apply_patch_tool_call_output import ApplyPatchToolCallOutput
from ..types.code_interpreter_tool_call import CodeInterpreterToolCall
from ..types.compaction_body import CompactionBody
from ..types.computer_tool_call import ComputerToolCall
from ..types.computer_tool_call_output_resource import ComputerToolCallOutputResource
from ..types.custom_tool_call import CustomToolCall
from ..types.custom_tool_call_output import CustomToolCallOutput
from ..types.file_search_tool_call import FileSearchToolCall
from ..types.function_shell_call import FunctionShellCall
from ..types.function_shell_call_output import FunctionShellCallOutput
from ..types.function_tool_call import FunctionToolCall
from ..types.function_tool_call_output import FunctionToolCallOutput
from ..types.image_gen_tool_call import ImageGenToolCall
from ..types.local_shell_tool_call import LocalShellToolCall
from ..types.local_shell_tool_call_output import LocalShellToolCallOutput
from ..types.mcp_approval_request import MCPApprovalRequest
from ..types.mcp_approval_response_resource import MCPApprovalResponseResource
from ..types.mcp_list_tools import MCPListTools
from ..types.mcp_tool_call import MCPToolCall
from ..types.message import Message
from ..types.reasoning_item import ReasoningItem
from ..types.tool_search_call import ToolSearchCall
from ..types.tool_search_output import ToolSearchOutput
from ..types.web_search_tool_call import WebSearchToolCall

__all__ = [
    "ItemField",
]


ItemField: TypeAlias = Annotated[
    Union[
        Message,
        FunctionToolCall,
        ToolSearchCall,
        ToolSearchOutput,
        FunctionToolCallOutput,
        FileSearchToolCall,
        WebSearchToolCall,
        ImageGenToolCall,
        ComputerToolCall,
        ComputerToolCallOutputResource,
        ReasoningItem,
        CompactionBody,
        CodeInterpreterToolCall,
        LocalShellToolCall,
        LocalShellToolCallOutput,
        FunctionShellCall,
        FunctionShellCallOutput,
        ApplyPatchToolCall,
        ApplyPatchToolCallOutput,
        MCPListTools,
        MCPApprovalRequest,
        MCPApprovalResponseResource,
        MCPToolCall,
        CustomToolCall,
        CustomToolCallOutput,
    ],
    PropertyInfo(discriminator="type"),
]
"""An item representing a message, tool call, tool output, reasoning, or other response element."""
