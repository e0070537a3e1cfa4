# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .conversations import (
    AsyncConversations,
    AsyncConversationsWithRawResponse,
    AsyncConversationsWithStreamingResponse,
    Conversations,
    ConversationsWithRawResponse,
    ConversationsWithStreamingResponse,
)

__all__ = [
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "AsyncConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversationsWithStreamingResponse",
]
