# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.conversations.message import Message
from ..types.function_tool_call_output import FunctionToolCallOutput
from ..types.image_gen_tool_call import ImageGenToolCall
from ..types.local_shell_tool_call import LocalShellToolCall
from ..types.local_shell_tool_call_output import LocalShellToolCallOutput
from ..types.mcp_approval_request import McpApprovalRequest
from ..types.mcp_approval_response_resource import McpApprovalResponseResource
from ..types.mcp_list_tools import McpListTools
from ..types.mcp_tool_call import McpToolCall
from ..types.responses.response_apply_patch_tool_call import ResponseApplyPatchToolCall
from ..types.responses.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from ..types.responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ..types.responses.response_compaction_item import ResponseCompactionItem
from ..types.responses.response_computer_tool_call import ResponseComputerToolCall
from ..types.responses.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from ..types.responses.response_custom_tool_call import ResponseCustomToolCall
from ..types.responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ..types.responses.response_file_search_tool_call import ResponseFileSearchToolCall
from ..types.responses.response_function_shell_tool_call import ResponseFunctionShellToolCall
from ..types.responses.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
from ..types.responses.response_function_tool_call import ResponseFunctionToolCall
from ..types.responses.response_function_web_search import ResponseFunctionWebSearch
from ..types.responses.response_reasoning_item import ResponseReasoningItem
from ..types.responses.response_tool_search_call import ResponseToolSearchCall
from ..types.responses.response_tool_search_output_item import ResponseToolSearchOutputItem

__all__ = [
    "ItemField",
]


ItemField: TypeAlias = Annotated[
    Union[
        Message,
        ResponseFunctionToolCall,
        ResponseToolSearchCall,
        ResponseToolSearchOutputItem,
        FunctionToolCallOutput,
        ResponseFileSearchToolCall,
        ResponseFunctionWebSearch,
        ImageGenToolCall,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseReasoningItem,
        ResponseCompactionItem,
        ResponseCodeInterpreterToolCall,
        LocalShellToolCall,
        LocalShellToolCallOutput,
        ResponseFunctionShellToolCall,
        ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall,
        ResponseApplyPatchToolCallOutput,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponseResource,
        McpToolCall,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutput,
    ],
    PropertyInfo(discriminator="type"),
]
"""An item representing a message, tool call, tool output, reasoning, or other response element."""
