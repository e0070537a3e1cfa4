# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .assistants import (
    Assistants,
    AssistantsWithRawResponse,
    AssistantsWithStreamingResponse,
    AsyncAssistants,
    AsyncAssistantsWithRawResponse,
    AsyncAssistantsWithStreamingResponse,
)
from .beta import (
    AsyncBeta,
    AsyncBetaWithRawResponse,
    AsyncBetaWithStreamingResponse,
    Beta,
    BetaWithRawResponse,
    BetaWithStreamingResponse,
)
from .chatkit import (
    AsyncChatKit,
    AsyncChatKitWithRawResponse,
    AsyncChatKitWithStreamingResponse,
    ChatKit,
    ChatKitWithRawResponse,
    ChatKitWithStreamingResponse,
)
from .realtime import (
    AsyncRealtime,
    AsyncRealtimeWithRawResponse,
    AsyncRealtimeWithStreamingResponse,
    Realtime,
    RealtimeWithRawResponse,
    RealtimeWithStreamingResponse,
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
    "Beta",
    "AsyncBeta",
    "BetaWithRawResponse",
    "AsyncBetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBetaWithStreamingResponse",
    "Assistants",
    "AsyncAssistants",
    "AssistantsWithRawResponse",
    "AsyncAssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistantsWithStreamingResponse",
    "ChatKit",
    "AsyncChatKit",
    "ChatKitWithRawResponse",
    "AsyncChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "AsyncChatKitWithStreamingResponse",
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
    "Threads",
    "AsyncThreads",
    "ThreadsWithRawResponse",
    "AsyncThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreadsWithStreamingResponse",
]
