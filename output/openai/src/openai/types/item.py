# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from ..types.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from ..types.code_interpreter_tool_call import CodeInterpreterToolCall
from ..types.compaction_summary_item_param import CompactionSummaryItemParam
from ..types.computer_call_output_item_param import ComputerCallOutputItemParam
from ..types.computer_tool_call import ComputerToolCall
from ..types.custom_tool_call import CustomToolCall
from ..types.custom_tool_call_output import CustomToolCallOutput
from ..types.file_search_tool_call import FileSearchToolCall
from ..types.function_call_output_item_param import FunctionCallOutputItemParam
from ..types.function_shell_call_item_param import FunctionShellCallItemParam
from ..types.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
from ..types.function_tool_call import FunctionToolCall
from ..types.image_gen_tool_call import ImageGenToolCall
from ..types.input_message import InputMessage
from ..types.local_shell_tool_call import LocalShellToolCall
from ..types.local_shell_tool_call_output import LocalShellToolCallOutput
from ..types.mcp_approval_request import MCPApprovalRequest
from ..types.mcp_approval_response import MCPApprovalResponse
from ..types.mcp_list_tools import MCPListTools
from ..types.mcp_tool_call import MCPToolCall
from ..types.output_message import OutputMessage
from ..types.reasoning_item import ReasoningItem
from ..types.tool_search_call_item_param import ToolSearchCallItemParam
from ..types.tool_search_output_item_param import ToolSearchOutputItemParam
from ..types.web_search_tool_call import WebSearchToolCall

__all__ = [
    "Item",
]


Item: TypeAlias = Annotated[
    Union[
        InputMessage,
        OutputMessage,
        FileSearchToolCall,
        ComputerToolCall,
        ComputerCallOutputItemParam,
        WebSearchToolCall,
        FunctionToolCall,
        FunctionCallOutputItemParam,
        ToolSearchCallItemParam,
        ToolSearchOutputItemParam,
        ReasoningItem,
        CompactionSummaryItemParam,
        ImageGenToolCall,
        CodeInterpreterToolCall,
        LocalShellToolCall,
        LocalShellToolCallOutput,
        FunctionShellCallItemParam,
        FunctionShellCallOutputItemParam,
        ApplyPatchToolCallItemParam,
        ApplyPatchToolCallOutputItemParam,
        MCPListTools,
        MCPApprovalRequest,
        MCPApprovalResponse,
        MCPToolCall,
        CustomToolCallOutput,
        CustomToolCall,
    ],
    PropertyInfo(discriminator="type"),
]
"""Content item used to generate a response."""
