# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from ..._compat import cached_property
from ...lib._realtime import AsyncRealtimeHelpers, RealtimeHelpers
from .calls import (
    AsyncCalls,
    AsyncCallsWithRawResponse,
    AsyncCallsWithStreamingResponse,
    Calls,
    CallsWithRawResponse,
    CallsWithStreamingResponse,
)
from .client_secrets import (
    AsyncClientSecrets,
    AsyncClientSecretsWithRawResponse,
    AsyncClientSecretsWithStreamingResponse,
    ClientSecrets,
    ClientSecretsWithRawResponse,
    ClientSecretsWithStreamingResponse,
)

if TYPE_CHECKING:
    from ...lib.realtime._senders import AsyncRealtimeConversationItemResource as AsyncRealtimeConversationItemResource
    from ...lib.realtime._senders import AsyncRealtimeConversationResource as AsyncRealtimeConversationResource
    from ...lib.realtime._senders import AsyncRealtimeInputAudioBufferResource as AsyncRealtimeInputAudioBufferResource
    from ...lib.realtime._senders import (
        AsyncRealtimeOutputAudioBufferResource as AsyncRealtimeOutputAudioBufferResource,
    )
    from ...lib.realtime._senders import AsyncRealtimeResponseResource as AsyncRealtimeResponseResource
    from ...lib.realtime._senders import AsyncRealtimeSessionResource as AsyncRealtimeSessionResource
    from ...lib.realtime._senders import BaseAsyncRealtimeConnectionResource as BaseAsyncRealtimeConnectionResource
    from ...lib.realtime._senders import BaseRealtimeConnectionResource as BaseRealtimeConnectionResource
    from ...lib.realtime._senders import RealtimeConversationItemResource as RealtimeConversationItemResource
    from ...lib.realtime._senders import RealtimeConversationResource as RealtimeConversationResource
    from ...lib.realtime._senders import RealtimeInputAudioBufferResource as RealtimeInputAudioBufferResource
    from ...lib.realtime._senders import RealtimeOutputAudioBufferResource as RealtimeOutputAudioBufferResource
    from ...lib.realtime._senders import RealtimeResponseResource as RealtimeResponseResource
    from ...lib.realtime._senders import RealtimeSessionResource as RealtimeSessionResource
    from ...lib.realtime.connection import AsyncRealtimeConnection as AsyncRealtimeConnection
    from ...lib.realtime.connection import AsyncRealtimeConnectionManager as AsyncRealtimeConnectionManager
    from ...lib.realtime.connection import RealtimeConnection as RealtimeConnection
    from ...lib.realtime.connection import RealtimeConnectionManager as RealtimeConnectionManager

__all__ = ["Realtime", "AsyncRealtime"]


class Realtime(RealtimeHelpers):
    @cached_property
    def calls(self) -> Calls:
        return Calls(self._client)

    @cached_property
    def client_secrets(self) -> ClientSecrets:
        return ClientSecrets(self._client)

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


class AsyncRealtime(AsyncRealtimeHelpers):
    @cached_property
    def calls(self) -> AsyncCalls:
        return AsyncCalls(self._client)

    @cached_property
    def client_secrets(self) -> AsyncClientSecrets:
        return AsyncClientSecrets(self._client)

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
    def calls(self) -> CallsWithRawResponse:
        return CallsWithRawResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> ClientSecretsWithRawResponse:
        return ClientSecretsWithRawResponse(self._realtime.client_secrets)


class AsyncRealtimeWithRawResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> AsyncCallsWithRawResponse:
        return AsyncCallsWithRawResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithRawResponse:
        return AsyncClientSecretsWithRawResponse(self._realtime.client_secrets)


class RealtimeWithStreamingResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> CallsWithStreamingResponse:
        return CallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> ClientSecretsWithStreamingResponse:
        return ClientSecretsWithStreamingResponse(self._realtime.client_secrets)


class AsyncRealtimeWithStreamingResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> AsyncCallsWithStreamingResponse:
        return AsyncCallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithStreamingResponse:
        return AsyncClientSecretsWithStreamingResponse(self._realtime.client_secrets)


_REEXPORTS: Dict[str, str] = {
    "AsyncRealtimeConnection": "...lib.realtime.connection",
    "AsyncRealtimeConnectionManager": "...lib.realtime.connection",
    "AsyncRealtimeConversationItemResource": "...lib.realtime._senders",
    "AsyncRealtimeConversationResource": "...lib.realtime._senders",
    "AsyncRealtimeInputAudioBufferResource": "...lib.realtime._senders",
    "AsyncRealtimeOutputAudioBufferResource": "...lib.realtime._senders",
    "AsyncRealtimeResponseResource": "...lib.realtime._senders",
    "AsyncRealtimeSessionResource": "...lib.realtime._senders",
    "BaseAsyncRealtimeConnectionResource": "...lib.realtime._senders",
    "BaseRealtimeConnectionResource": "...lib.realtime._senders",
    "RealtimeConnection": "...lib.realtime.connection",
    "RealtimeConnectionManager": "...lib.realtime.connection",
    "RealtimeConversationItemResource": "...lib.realtime._senders",
    "RealtimeConversationResource": "...lib.realtime._senders",
    "RealtimeInputAudioBufferResource": "...lib.realtime._senders",
    "RealtimeOutputAudioBufferResource": "...lib.realtime._senders",
    "RealtimeResponseResource": "...lib.realtime._senders",
    "RealtimeSessionResource": "...lib.realtime._senders",
}


def __getattr__(name: str) -> Any:
    # Names of hand-written code (config `custom.exports`), imported on first use: that code
    # imports this module, so importing it at the top would be circular.
    if name in _REEXPORTS:
        import importlib

        return getattr(importlib.import_module(_REEXPORTS[name], __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
