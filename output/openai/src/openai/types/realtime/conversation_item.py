# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.realtime.realtime_conversation_item_assistant_message import RealtimeConversationItemAssistantMessage
from ...types.realtime.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from ...types.realtime.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from ...types.realtime.realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from ...types.realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from ...types.realtime.realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from ...types.realtime.realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from ...types.realtime.realtime_mcp_list_tools import RealtimeMcpListTools
from ...types.realtime.realtime_mcp_tool_call import RealtimeMcpToolCall

__all__ = [
    "ConversationItem",
]


ConversationItem: TypeAlias = Annotated[
    Union[
        RealtimeConversationItemSystemMessage,
        RealtimeConversationItemUserMessage,
        RealtimeConversationItemAssistantMessage,
        RealtimeConversationItemFunctionCall,
        RealtimeConversationItemFunctionCallOutput,
        RealtimeMcpApprovalResponse,
        RealtimeMcpListTools,
        RealtimeMcpToolCall,
        RealtimeMcpApprovalRequest,
    ],
    PropertyInfo(discriminator="type"),
]
"""A single item within a Realtime conversation."""
