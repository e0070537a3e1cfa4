# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .realtime import (
    AsyncRealtime,
    AsyncRealtimeWithRawResponse,
    AsyncRealtimeWithStreamingResponse,
    Realtime,
    RealtimeWithRawResponse,
    RealtimeWithStreamingResponse,
)
from .sessions import (
    AsyncSessions,
    AsyncSessionsWithRawResponse,
    AsyncSessionsWithStreamingResponse,
    Sessions,
    SessionsWithRawResponse,
    SessionsWithStreamingResponse,
)
from .transcription_sessions import (
    AsyncTranscriptionSessions,
    AsyncTranscriptionSessionsWithRawResponse,
    AsyncTranscriptionSessionsWithStreamingResponse,
    TranscriptionSessions,
    TranscriptionSessionsWithRawResponse,
    TranscriptionSessionsWithStreamingResponse,
)

__all__ = [
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
    "TranscriptionSessions",
    "AsyncTranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
]
