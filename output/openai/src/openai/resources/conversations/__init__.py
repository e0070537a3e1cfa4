# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .conversations import (
    AsyncConversations,
    AsyncConversationsWithRawResponse,
    AsyncConversationsWithStreamingResponse,
    Conversations,
    ConversationsWithRawResponse,
    ConversationsWithStreamingResponse,
)
from .items import (
    AsyncItems,
    AsyncItemsWithRawResponse,
    AsyncItemsWithStreamingResponse,
    Items,
    ItemsWithRawResponse,
    ItemsWithStreamingResponse,
)

__all__ = [
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "AsyncConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversationsWithStreamingResponse",
    "Items",
    "AsyncItems",
    "ItemsWithRawResponse",
    "AsyncItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItemsWithStreamingResponse",
]
