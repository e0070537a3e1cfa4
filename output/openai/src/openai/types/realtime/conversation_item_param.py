# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.realtime.realtime_conversation_item_assistant_message_param import (
    RealtimeConversationItemAssistantMessageParam,
)
from ...types.realtime.realtime_conversation_item_function_call_output_param import (
    RealtimeConversationItemFunctionCallOutputParam,
)
from ...types.realtime.realtime_conversation_item_function_call_param import RealtimeConversationItemFunctionCallParam
from ...types.realtime.realtime_conversation_item_system_message_param import RealtimeConversationItemSystemMessageParam
from ...types.realtime.realtime_conversation_item_user_message_param import RealtimeConversationItemUserMessageParam
from ...types.realtime.realtime_mcp_approval_request_param import RealtimeMcpApprovalRequestParam
from ...types.realtime.realtime_mcp_approval_response_param import RealtimeMcpApprovalResponseParam
from ...types.realtime.realtime_mcp_list_tools_param import RealtimeMcpListToolsParam
from ...types.realtime.realtime_mcp_tool_call_param import RealtimeMcpToolCallParam

__all__ = [
    "ConversationItemParam",
]


ConversationItemParam: TypeAlias = Union[
    RealtimeConversationItemSystemMessageParam,
    RealtimeConversationItemUserMessageParam,
    RealtimeConversationItemAssistantMessageParam,
    RealtimeConversationItemFunctionCallParam,
    RealtimeConversationItemFunctionCallOutputParam,
    RealtimeMcpApprovalResponseParam,
    RealtimeMcpListToolsParam,
    RealtimeMcpToolCallParam,
    RealtimeMcpApprovalRequestParam,
]
"""A single item within a Realtime conversation."""
