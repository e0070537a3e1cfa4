# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.apply_patch_tool_call_item_param_param import ApplyPatchToolCallItemParamParam
from ..types.apply_patch_tool_call_output_item_param_param import ApplyPatchToolCallOutputItemParamParam
from ..types.computer_call_output_item_param_param import ComputerCallOutputItemParamParam
from ..types.function_call_output_item_param_param import FunctionCallOutputItemParamParam
from ..types.function_shell_call_item_param_param import FunctionShellCallItemParamParam
from ..types.function_shell_call_output_item_param_param import FunctionShellCallOutputItemParamParam
from ..types.image_gen_tool_call_param import ImageGenToolCallParam
from ..types.input_message_param import InputMessageParam
from ..types.local_shell_tool_call_output_param import LocalShellToolCallOutputParam
from ..types.local_shell_tool_call_param import LocalShellToolCallParam
from ..types.mcp_approval_request_param import McpApprovalRequestParam
from ..types.mcp_approval_response_param import McpApprovalResponseParam
from ..types.mcp_list_tools_param import McpListToolsParam
from ..types.mcp_tool_call_param import McpToolCallParam
from ..types.responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from ..types.responses.response_compaction_item_param_param import ResponseCompactionItemParamParam
from ..types.responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from ..types.responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from ..types.responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from ..types.responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from ..types.responses.response_function_tool_call_param import ResponseFunctionToolCallParam
from ..types.responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from ..types.responses.response_output_message_param import ResponseOutputMessageParam
from ..types.responses.response_reasoning_item_param import ResponseReasoningItemParam
from ..types.responses.response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam
from ..types.tool_search_call_item_param_param import ToolSearchCallItemParamParam

__all__ = [
    "ItemParam",
]


ItemParam: TypeAlias = Union[
    InputMessageParam,
    ResponseOutputMessageParam,
    ResponseFileSearchToolCallParam,
    ResponseComputerToolCallParam,
    ComputerCallOutputItemParamParam,
    ResponseFunctionWebSearchParam,
    ResponseFunctionToolCallParam,
    FunctionCallOutputItemParamParam,
    ToolSearchCallItemParamParam,
    ResponseToolSearchOutputItemParamParam,
    ResponseReasoningItemParam,
    ResponseCompactionItemParamParam,
    ImageGenToolCallParam,
    ResponseCodeInterpreterToolCallParam,
    LocalShellToolCallParam,
    LocalShellToolCallOutputParam,
    FunctionShellCallItemParamParam,
    FunctionShellCallOutputItemParamParam,
    ApplyPatchToolCallItemParamParam,
    ApplyPatchToolCallOutputItemParamParam,
    McpListToolsParam,
    McpApprovalRequestParam,
    McpApprovalResponseParam,
    McpToolCallParam,
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
]
"""Content item used to generate a response."""
