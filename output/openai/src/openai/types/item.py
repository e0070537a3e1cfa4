# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from ..types.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from ..types.computer_call_output_item_param import ComputerCallOutputItemParam
from ..types.function_call_output_item_param import FunctionCallOutputItemParam
from ..types.function_shell_call_item_param import FunctionShellCallItemParam
from ..types.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
from ..types.image_gen_tool_call import ImageGenToolCall
from ..types.input_message import InputMessage
from ..types.local_shell_tool_call import LocalShellToolCall
from ..types.local_shell_tool_call_output import LocalShellToolCallOutput
from ..types.mcp_approval_request import McpApprovalRequest
from ..types.mcp_approval_response import McpApprovalResponse
from ..types.mcp_list_tools import McpListTools
from ..types.mcp_tool_call import McpToolCall
from ..types.responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ..types.responses.response_compaction_item_param import ResponseCompactionItemParam
from ..types.responses.response_computer_tool_call import ResponseComputerToolCall
from ..types.responses.response_custom_tool_call import ResponseCustomToolCall
from ..types.responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ..types.responses.response_file_search_tool_call import ResponseFileSearchToolCall
from ..types.responses.response_function_tool_call import ResponseFunctionToolCall
from ..types.responses.response_function_web_search import ResponseFunctionWebSearch
from ..types.responses.response_output_message import ResponseOutputMessage
from ..types.responses.response_reasoning_item import ResponseReasoningItem
from ..types.responses.response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
from ..types.tool_search_call_item_param import ToolSearchCallItemParam

__all__ = [
    "Item",
]


Item: TypeAlias = Annotated[
    Union[
        InputMessage,
        ResponseOutputMessage,
        ResponseFileSearchToolCall,
        ResponseComputerToolCall,
        ComputerCallOutputItemParam,
        ResponseFunctionWebSearch,
        ResponseFunctionToolCall,
        FunctionCallOutputItemParam,
        ToolSearchCallItemParam,
        ResponseToolSearchOutputItemParam,
        ResponseReasoningItem,
        ResponseCompactionItemParam,
        ImageGenToolCall,
        ResponseCodeInterpreterToolCall,
        LocalShellToolCall,
        LocalShellToolCallOutput,
        FunctionShellCallItemParam,
        FunctionShellCallOutputItemParam,
        ApplyPatchToolCallItemParam,
        ApplyPatchToolCallOutputItemParam,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponse,
        McpToolCall,
        ResponseCustomToolCallOutput,
        ResponseCustomToolCall,
    ],
    PropertyInfo(discriminator="type"),
]
"""Content item used to generate a response."""
