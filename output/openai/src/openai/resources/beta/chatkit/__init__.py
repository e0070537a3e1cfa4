# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .chatkit import (
    AsyncChatKit,
    AsyncChatKitWithRawResponse,
    AsyncChatKitWithStreamingResponse,
    ChatKit,
    ChatKitWithRawResponse,
    ChatKitWithStreamingResponse,
)
from .sessions import (
    AsyncSessions,
    AsyncSessionsWithRawResponse,
    AsyncSessionsWithStreamingResponse,
    Sessions,
    SessionsWithRawResponse,
    SessionsWithStreamingResponse,
)
from .threads import (
    AsyncThreads,
    AsyncThreadsWithRawResponse,
    AsyncThreadsWithStreamingResponse,
    Threads,
    ThreadsWithRawResponse,
    ThreadsWithStreamingResponse,
)

__all__ = [
    "ChatKit",
    "AsyncChatKit",
    "ChatKitWithRawResponse",
    "AsyncChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "AsyncChatKitWithStreamingResponse",
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
    "Threads",
    "AsyncThreads",
    "ThreadsWithRawResponse",
    "AsyncThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreadsWithStreamingResponse",
]
