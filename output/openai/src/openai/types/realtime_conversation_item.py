# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.realtime.realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from ..types.realtime.realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from ..types.realtime.realtime_mcp_list_tools import RealtimeMcpListTools
from ..types.realtime.realtime_mcp_tool_call import RealtimeMcpToolCall
from ..types.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from ..types.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from ..types.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
from ..types.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
from ..types.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser

__all__ = [
    "RealtimeConversationItem",
]


RealtimeConversationItem: TypeAlias = Annotated[
    Union[
        RealtimeConversationItemMessageSystem,
        RealtimeConversationItemMessageUser,
        RealtimeConversationItemMessageAssistant,
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
