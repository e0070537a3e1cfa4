# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .chatkit import (
    AsyncChatKit,
    AsyncChatKitWithRawResponse,
    AsyncChatKitWithStreamingResponse,
    ChatKit,
    ChatKitWithRawResponse,
    ChatKitWithStreamingResponse,
)

__all__ = [
    "ChatKit",
    "AsyncChatKit",
    "ChatKitWithRawResponse",
    "AsyncChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "AsyncChatKitWithStreamingResponse",
]
