# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from ...._compat import cached_property
from ....lib._realtime import AsyncBetaRealtimeHelpers, BetaRealtimeHelpers
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

if TYPE_CHECKING:
    from ....lib.realtime._senders import AsyncRealtimeConversationItemResource as AsyncRealtimeConversationItemResource
    from ....lib.realtime._senders import AsyncRealtimeConversationResource as AsyncRealtimeConversationResource
    from ....lib.realtime._senders import AsyncRealtimeInputAudioBufferResource as AsyncRealtimeInputAudioBufferResource
    from ....lib.realtime._senders import (
        AsyncRealtimeOutputAudioBufferResource as AsyncRealtimeOutputAudioBufferResource,
    )
    from ....lib.realtime._senders import AsyncRealtimeResponseResource as AsyncRealtimeResponseResource
    from ....lib.realtime._senders import BaseAsyncRealtimeConnectionResource as BaseAsyncRealtimeConnectionResource
    from ....lib.realtime._senders import BaseRealtimeConnectionResource as BaseRealtimeConnectionResource
    from ....lib.realtime._senders import RealtimeConversationItemResource as RealtimeConversationItemResource
    from ....lib.realtime._senders import RealtimeConversationResource as RealtimeConversationResource
    from ....lib.realtime._senders import RealtimeInputAudioBufferResource as RealtimeInputAudioBufferResource
    from ....lib.realtime._senders import RealtimeOutputAudioBufferResource as RealtimeOutputAudioBufferResource
    from ....lib.realtime._senders import RealtimeResponseResource as RealtimeResponseResource
    from ....lib.realtime.beta import AsyncRealtimeConnection as AsyncRealtimeConnection
    from ....lib.realtime.beta import AsyncRealtimeConnectionManager as AsyncRealtimeConnectionManager
    from ....lib.realtime.beta import AsyncRealtimeSessionResource as AsyncRealtimeSessionResource
    from ....lib.realtime.beta import (
        AsyncRealtimeTranscriptionSessionResource as AsyncRealtimeTranscriptionSessionResource,
    )
    from ....lib.realtime.beta import RealtimeConnection as RealtimeConnection
    from ....lib.realtime.beta import RealtimeConnectionManager as RealtimeConnectionManager
    from ....lib.realtime.beta import RealtimeSessionResource as RealtimeSessionResource
    from ....lib.realtime.beta import RealtimeTranscriptionSessionResource as RealtimeTranscriptionSessionResource

__all__ = ["Realtime", "AsyncRealtime"]


class Realtime(BetaRealtimeHelpers):
    @cached_property
    def sessions(self) -> Sessions:
        return Sessions(self._client)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessions:
        return TranscriptionSessions(self._client)

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return RealtimeWithStreamingResponse(self)


class AsyncRealtime(AsyncBetaRealtimeHelpers):
    @cached_property
    def sessions(self) -> AsyncSessions:
        return AsyncSessions(self._client)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessions:
        return AsyncTranscriptionSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncRealtimeWithStreamingResponse(self)


class RealtimeWithRawResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        return SessionsWithRawResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessionsWithRawResponse:
        return TranscriptionSessionsWithRawResponse(self._realtime.transcription_sessions)


class AsyncRealtimeWithRawResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        return AsyncSessionsWithRawResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessionsWithRawResponse:
        return AsyncTranscriptionSessionsWithRawResponse(self._realtime.transcription_sessions)


class RealtimeWithStreamingResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> SessionsWithStreamingResponse:
        return SessionsWithStreamingResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessionsWithStreamingResponse:
        return TranscriptionSessionsWithStreamingResponse(self._realtime.transcription_sessions)


class AsyncRealtimeWithStreamingResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        return AsyncSessionsWithStreamingResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessionsWithStreamingResponse:
        return AsyncTranscriptionSessionsWithStreamingResponse(self._realtime.transcription_sessions)


_REEXPORTS: Dict[str, str] = {
    "AsyncRealtimeConnection": "....lib.realtime.beta",
    "AsyncRealtimeConnectionManager": "....lib.realtime.beta",
    "AsyncRealtimeConversationItemResource": "....lib.realtime._senders",
    "AsyncRealtimeConversationResource": "....lib.realtime._senders",
    "AsyncRealtimeInputAudioBufferResource": "....lib.realtime._senders",
    "AsyncRealtimeOutputAudioBufferResource": "....lib.realtime._senders",
    "AsyncRealtimeResponseResource": "....lib.realtime._senders",
    "AsyncRealtimeSessionResource": "....lib.realtime.beta",
    "AsyncRealtimeTranscriptionSessionResource": "....lib.realtime.beta",
    "BaseAsyncRealtimeConnectionResource": "....lib.realtime._senders",
    "BaseRealtimeConnectionResource": "....lib.realtime._senders",
    "RealtimeConnection": "....lib.realtime.beta",
    "RealtimeConnectionManager": "....lib.realtime.beta",
    "RealtimeConversationItemResource": "....lib.realtime._senders",
    "RealtimeConversationResource": "....lib.realtime._senders",
    "RealtimeInputAudioBufferResource": "....lib.realtime._senders",
    "RealtimeOutputAudioBufferResource": "....lib.realtime._senders",
    "RealtimeResponseResource": "....lib.realtime._senders",
    "RealtimeSessionResource": "....lib.realtime.beta",
    "RealtimeTranscriptionSessionResource": "....lib.realtime.beta",
}


def __getattr__(name: str) -> Any:
    # Names of hand-written code (config `custom.exports`), imported on first use: that code
    # imports this module, so importing it at the top would be circular.
    if name in _REEXPORTS:
        import importlib

        return getattr(importlib.import_module(_REEXPORTS[name], __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
