"""`client.realtime.connect(...)` and `client.beta.realtime.connect(...)`: the Realtime API over a
WebSocket, sync and async (lib/realtime/). The methods only make the connection manager; the
WebSocket opens when it is entered (`with` / `async with`), so the async `connect` is a plain
method too: `async with client.realtime.connect(model=...) as connection:`.

They need the `websockets` package (`pip install openai[realtime]`), imported when a connection
opens; without it entering the manager raises OpenAIError."""

from __future__ import annotations

from typing import Optional, Union

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Headers, Omit, Query, omit
from ..types.websocket_connection_options import WebSocketConnectionOptions, WebsocketConnectionOptions
from .realtime import beta as _beta
from .realtime.connection import AsyncRealtimeConnectionManager, OnReconnecting, RealtimeConnectionManager

__all__ = ["RealtimeHelpers", "AsyncRealtimeHelpers", "BetaRealtimeHelpers", "AsyncBetaRealtimeHelpers"]


class RealtimeHelpers(SyncAPIResource):
    def connect(
        self,
        *,
        call_id: Union[str, Omit] = omit,
        model: Union[str, Omit] = omit,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebSocketConnectionOptions = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> RealtimeConnectionManager:
        """A Realtime session over a WebSocket: low-latency, event-based conversations with text
        and audio in and out, and function calling. `with` the result to get the connection.

        `model` (e.g. `"gpt-realtime"`) goes in the URL, as does `call_id` to join a call accepted
        over SIP / WebRTC; `extra_query` and `extra_headers` are added to the handshake, and
        `websocket_connection_options` passed to `websockets`' `connect`.

        Reconnection is off unless `on_reconnecting` is given: then a connection the server drops
        with a recoverable close code while it is iterated is reopened, up to `max_retries`
        times with a backoff from `initial_delay` to `max_delay` seconds; `on_reconnecting` is
        called with a ReconnectingEvent before each attempt and may return new `extra_query` /
        `extra_headers` or `{"abort": True}`. Events sent in between are queued (at most
        `max_queue_size` bytes) and sent once reconnected. The server does not keep the session's
        state across connections."""
        return RealtimeConnectionManager(
            client=self._client,
            call_id=call_id,
            model=model,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_queue_size=max_queue_size,
        )


class AsyncRealtimeHelpers(AsyncAPIResource):
    def connect(
        self,
        *,
        call_id: Union[str, Omit] = omit,
        model: Union[str, Omit] = omit,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebSocketConnectionOptions = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> AsyncRealtimeConnectionManager:
        """A Realtime session over a WebSocket; `async with` the result to get the connection. See
        `RealtimeHelpers.connect` (the sync client) for the arguments."""
        return AsyncRealtimeConnectionManager(
            client=self._client,
            call_id=call_id,
            model=model,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_queue_size=max_queue_size,
        )


class BetaRealtimeHelpers(SyncAPIResource):
    def connect(
        self,
        *,
        model: str,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebsocketConnectionOptions = {},
    ) -> _beta.RealtimeConnectionManager:
        """A session of the beta Realtime API (`OpenAI-Beta: realtime=v1`) over a WebSocket; `with`
        the result to get the connection. `model` goes in the URL, `extra_query` and
        `extra_headers` are added to the handshake, `websocket_connection_options` passed to
        `websockets`' `connect`. Use `client.realtime.connect` for the GA API."""
        return _beta.RealtimeConnectionManager(
            client=self._client,
            model=model,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )


class AsyncBetaRealtimeHelpers(AsyncAPIResource):
    def connect(
        self,
        *,
        model: str,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebsocketConnectionOptions = {},
    ) -> _beta.AsyncRealtimeConnectionManager:
        """A session of the beta Realtime API over a WebSocket; `async with` the result to get the
        connection. See `BetaRealtimeHelpers.connect`."""
        return _beta.AsyncRealtimeConnectionManager(
            client=self._client,
            model=model,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )
