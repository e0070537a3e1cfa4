# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .chat import (
    AsyncChat,
    AsyncChatWithRawResponse,
    AsyncChatWithStreamingResponse,
    Chat,
    ChatWithRawResponse,
    ChatWithStreamingResponse,
)
from .completions import (
    AsyncCompletions,
    AsyncCompletionsWithRawResponse,
    AsyncCompletionsWithStreamingResponse,
    Completions,
    CompletionsWithRawResponse,
    CompletionsWithStreamingResponse,
)

__all__ = [
    "Chat",
    "AsyncChat",
    "ChatWithRawResponse",
    "AsyncChatWithRawResponse",
    "ChatWithStreamingResponse",
    "AsyncChatWithStreamingResponse",
    "Completions",
    "AsyncCompletions",
    "CompletionsWithRawResponse",
    "AsyncCompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletionsWithStreamingResponse",
]
