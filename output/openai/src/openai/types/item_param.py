# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.apply_patch_tool_call_item_param_param import ApplyPatchToolCallItemParamParam
from ..types.apply_patch_tool_call_output_item_param_param import ApplyPatchToolCallOutputItemParamParam
from ..types.code_interpreter_tool_call_param import CodeInterpreterToolCallParam
from ..types.compaction_summary_item_param_param import CompactionSummaryItemParamParam
from ..types.computer_call_output_item_param_param import ComputerCallOutputItemParamParam
from ..types.computer_tool_call_param import ComputerToolCallParam
from ..types.custom_tool_call_output_param import CustomToolCallOutputParam
from ..types.custom_tool_call_param import CustomToolCallParam
from ..types.file_search_tool_call_param import FileSearchToolCallParam
from ..types.function_call_output_item_param_param import FunctionCallOutputItemParamParam
from ..types.function_shell_call_item_param_param import FunctionShellCallItemParamParam
from ..types.function_shell_call_output_item_param_param import FunctionShellCallOutputItemParamParam
from ..types.function_tool_call_param import FunctionToolCallParam
from ..types.image_gen_tool_call_param import ImageGenToolCallParam
from ..types.input_message_param import InputMessageParam
from ..types.local_shell_tool_call_output_param import LocalShellToolCallOutputParam
from ..types.local_shell_tool_call_param import LocalShellToolCallParam
from ..types.mcp_approval_request_param import MCPApprovalRequestParam
from ..types.mcp_approval_response_param import MCPApprovalResponseParam
from ..types.mcp_list_tools_param import MCPListToolsParam
from ..types.mcp_tool_call_param import MCPToolCallParam
from ..types.output_message_param import OutputMessageParam
from ..types.reasoning_item_param import ReasoningItemParam
from ..types.tool_search_call_item_param_param import ToolSearchCallItemParamParam
from ..types.tool_search_output_item_param_param import ToolSearchOutputItemParamParam
from ..types.web_search_tool_call_param import WebSearchToolCallParam

__all__ = [
    "ItemParam",
]


ItemParam: TypeAlias = Union[
    InputMessageParam,
    OutputMessageParam,
    FileSearchToolCallParam,
    ComputerToolCallParam,
    ComputerCallOutputItemParamParam,
    WebSearchToolCallParam,
    FunctionToolCallParam,
    FunctionCallOutputItemParamParam,
    ToolSearchCallItemParamParam,
    ToolSearchOutputItemParamParam,
    ReasoningItemParam,
    CompactionSummaryItemParamParam,
    ImageGenToolCallParam,
    CodeInterpreterToolCallParam,
    LocalShellToolCallParam,
    LocalShellToolCallOutputParam,
    FunctionShellCallItemParamParam,
    FunctionShellCallOutputItemParamParam,
    ApplyPatchToolCallItemParamParam,
    ApplyPatchToolCallOutputItemParamParam,
    MCPListToolsParam,
    MCPApprovalRequestParam,
    MCPApprovalResponseParam,
    MCPToolCallParam,
    CustomToolCallOutputParam,
    CustomToolCallParam,
]
"""Content item used to generate a response."""
