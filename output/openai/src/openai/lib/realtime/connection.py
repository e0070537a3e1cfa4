"""The GA Realtime connection of `client.realtime.connect(...)`, sync and async, on the event
connection it shares with `client.responses.connect()` (`EventConnection`, `ConnectionManager`:
the WebSocket, handlers, reconnection and queueing; a kind adds its server event type, its URL
path and its senders).

`connect()` returns a manager; entering it (`with` / `async with`, or `.enter()`) opens the
WebSocket and gives the connection: `send()` client events (or use the senders such as
`connection.session.update(...)`), `recv()` server events, or iterate over the connection until it
closes. Leaving the block closes it.

Reconnection happens only with an `on_reconnecting` callback: when the server drops the
connection with a recoverable code (see `is_recoverable_close`) while the connection is iterated,
up to `max_retries` new connections are tried, `initial_delay` seconds apart at first, doubling up
to `max_delay`. The callback is called before each attempt with a ReconnectingEvent and may return
new `extra_query` / `extra_headers` or `{"abort": True}`. Events sent meanwhile wait in a queue of
at most `max_queue_size` bytes (WebSocketQueueFullError beyond it) and go out once a connection is
open again; the conversation state on the server is not carried over."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    Mapping,
    Optional,
    TypeVar,
    Union,
    cast,
    overload,
)

from typing_extensions import Self

from ..._exceptions import OpenAIError
from ..._models import construct_type
from ..._types import Headers, Omit, Query, omit
from ...types.realtime.realtime_client_event import RealtimeClientEvent
from ...types.realtime.realtime_server_event import RealtimeServerEvent
from ...types.websocket_connection_options import WebSocketConnectionOptions
from ._common import (
    HandlerRegistry,
    SendQueue,
    WebSocketConnectionClosedError,
    WebSocketQueueFullError,
    closed_error,
    serialise_event,
)
from ._handshake import open_async_websocket, open_websocket
from ._reconnection import ReconnectingEvent, ReconnectingOverrides, backoff_delay, is_recoverable_close
from ._senders import (
    AsyncRealtimeConversationResource,
    AsyncRealtimeInputAudioBufferResource,
    AsyncRealtimeOutputAudioBufferResource,
    AsyncRealtimeResponseResource,
    AsyncRealtimeSessionResource,
    RealtimeConversationResource,
    RealtimeInputAudioBufferResource,
    RealtimeOutputAudioBufferResource,
    RealtimeResponseResource,
    RealtimeSessionResource,
)
from ._transport import AsyncTransport, SyncTransport, ended_normally

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebSocketConnection
    from websockets.sync.client import ClientConnection as WebSocketConnection

    from ..._client import AsyncOpenAI, OpenAI

__all__ = [
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
    "OnReconnecting",
]

log: logging.Logger = logging.getLogger("openai.realtime")

OnReconnecting = Callable[[ReconnectingEvent], Optional[ReconnectingOverrides]]
"""The `on_reconnecting` callback of `connect`."""

_HandlerT = TypeVar("_HandlerT", bound=Callable[..., Any])
_EventT = TypeVar("_EventT")
_ConnectionT = TypeVar("_ConnectionT", bound="EventConnection[Any]")
_AsyncConnectionT = TypeVar("_AsyncConnectionT", bound="AsyncEventConnection[Any]")
_ClientEvent = Union[RealtimeClientEvent, Mapping[str, object]]
_UNHANDLED_ERROR = "The {} API sent an error event and no handler is registered for it: "


def _parse(event_type: Any, data: Union[str, bytes]) -> Any:
    return construct_type(value=json.loads(data), type_=event_type)


def _new_event(
    attempt: int, max_retries: int, delay: float, code: int, extra_query: Query, extra_headers: Headers
) -> ReconnectingEvent:
    return ReconnectingEvent(
        attempt=attempt,
        max_attempts=max_retries,
        delay=delay,
        close_code=code,
        extra_query=extra_query,
        extra_headers=extra_headers,
    )


class _Handlers:
    """`on` / `off` / `once`, shared by the connections and their managers."""

    _handlers: HandlerRegistry

    @overload
    def on(self, event_type: str) -> Callable[[_HandlerT], _HandlerT]: ...
    @overload
    def on(self, event_type: str, handler: Callable[..., Any]) -> Self: ...
    def on(self, event_type: str, handler: Optional[Callable[..., Any]] = None) -> Any:
        """Registers `handler` for events of `event_type` (`"event"`: every event), called by
        `dispatch_events()`. Returns the connection, or, without `handler`, a decorator:
        `@connection.on("response.done")`. Registering a handler twice calls it twice."""
        return self._register(event_type, handler, once=False)

    @overload
    def once(self, event_type: str) -> Callable[[_HandlerT], _HandlerT]: ...
    @overload
    def once(self, event_type: str, handler: Callable[..., Any]) -> Self: ...
    def once(self, event_type: str, handler: Optional[Callable[..., Any]] = None) -> Any:
        """`on`, for the next event of `event_type` only."""
        return self._register(event_type, handler, once=True)

    def off(self, event_type: str, handler: Callable[..., Any]) -> Self:
        """Unregisters `handler` for `event_type` (once, if it was registered several times)."""
        self._handlers.remove(event_type, handler)
        return self

    def _register(self, event_type: str, handler: Optional[Callable[..., Any]], *, once: bool) -> Any:
        if handler is not None:
            self._handlers.add(event_type, handler, once=once)
            return self

        def decorator(fn: _HandlerT) -> _HandlerT:
            self._handlers.add(event_type, fn, once=once)
            return fn

        return decorator


class EventConnection(SyncTransport, _Handlers, Generic[_EventT]):
    """An open WebSocket connection that sends client events and receives typed server events
    (sync): what the Realtime and the Responses connections share. A kind of connection names
    its server event type in `_event_type` and the API in `_api` (for log lines)."""

    _event_type: Any
    _api: str

    def __init__(
        self,
        connection: WebSocketConnection,
        *,
        make_ws: Optional[Callable[[Query, Headers], WebSocketConnection]] = None,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        extra_query: Query = {},
        extra_headers: Headers = {},
        send_queue: Optional[SendQueue] = None,
    ) -> None:
        super().__init__(connection)
        self._make_ws = make_ws
        self._on_reconnecting = on_reconnecting
        self._max_retries = max_retries
        self._initial_delay = initial_delay
        self._max_delay = max_delay
        self._extra_query = extra_query
        self._extra_headers = extra_headers
        self._send_queue = send_queue if send_queue is not None else SendQueue()
        self._handlers = HandlerRegistry()
        self._intentionally_closed = False
        self._is_reconnecting = False

    def __iter__(self) -> Iterator[_EventT]:
        """The server events until the connection closes: a normal close (or one by `close()`)
        ends the loop, an abnormal one raises WebSocketConnectionClosedError, after the
        reconnection attempts when `on_reconnecting` was given."""
        while True:
            try:
                event = self.recv()
            except WebSocketConnectionClosedError as exc:
                if self._closed_by_user() or ended_normally(exc):
                    return
                if self._reconnect(exc.code):
                    continue
                if self._closed_by_user():  # during the reconnection attempts
                    return
                unsent = self._send_queue.drain()
                if unsent:
                    raise closed_error(
                        exc, f"The connection ended with unsent {self._api} events", unsent_messages=unsent
                    ) from exc
                raise
            yield event

    def recv(self) -> _EventT:
        """The next server event, as its typed class (`event.type` says which; an `error` event is
        returned like any other: the connection stays usable). Raises
        WebSocketConnectionClosedError once the connection is closed."""
        return self.parse_event(self.recv_bytes())

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """A server event from its raw JSON (e.g. what `recv_bytes()` returned)."""
        return cast(_EventT, _parse(self._event_type, data))

    def send(self, event: _ClientEvent) -> None:
        """Sends a client event: a model (e.g. `SessionUpdateEvent(...)`) or its dict form
        (`{"type": "session.update", "session": {...}}`). While a reconnection is under way the
        event is queued and sent once connected. Raises WebSocketConnectionClosedError on a
        closed connection."""
        self._send_data(serialise_event(event))

    def send_raw(self, data: Union[bytes, str]) -> None:
        """Sends `data` as it is: text as a text message, bytes as a binary one."""
        self._send_data(data)

    def _send_data(self, data: Union[str, bytes]) -> None:
        if self._is_reconnecting:
            self._send_queue.enqueue(data if isinstance(data, str) else data.decode("utf-8"))
            return
        self._transmit(data)

    def _unsent(self, data: str) -> None:
        try:
            self._send_queue.enqueue(data)  # sent after a reconnection, else reported when iteration ends
        except WebSocketQueueFullError:
            log.warning("Dropped an event that could not be sent: the queue of unsent events is full")

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Closes the connection (no reconnection follows)."""
        self._intentionally_closed = True
        super().close(code=code, reason=reason)

    def _closed_by_user(self) -> bool:
        return self._intentionally_closed

    def dispatch_events(self) -> None:
        """Receives events until the connection closes and calls the handlers registered with
        `on` / `once` for each: those of its type, then those of `"event"`. An `error` event with
        no handler for it raises OpenAIError."""
        for event in self:
            kind = cast(Any, event).type
            specific = self._handlers.take(kind)
            generic = self._handlers.take("event")
            if kind == "error" and not specific and not generic:
                raise OpenAIError(_UNHANDLED_ERROR.format(self._api) + str(event))
            for handler in specific + generic:
                handler(event)

    def _flush_send_queue(self) -> None:
        try:
            self._send_queue.flush(self._connection.send)
        except Exception:
            log.warning("Could not send the queued %s events", self._api, exc_info=True)

    def _reconnect(self, code: int) -> bool:
        """Tries new connections after the server dropped this one with `code`; whether one opened."""
        callback, make_ws = self._on_reconnecting, self._make_ws
        if callback is None or make_ws is None or not is_recoverable_close(code):
            return False
        self._is_reconnecting = True
        try:
            for attempt in range(1, self._max_retries + 1):
                delay = backoff_delay(attempt, self._initial_delay, self._max_delay)
                try:
                    overrides = callback(
                        _new_event(attempt, self._max_retries, delay, code, self._extra_query, self._extra_headers)
                    )
                except Exception:
                    log.warning("on_reconnecting raised; not reconnecting", exc_info=True)
                    return False
                if overrides:
                    if overrides.get("abort"):
                        return False
                    self._extra_query = overrides.get("extra_query", self._extra_query)
                    self._extra_headers = overrides.get("extra_headers", self._extra_headers)
                log.info(
                    "Reconnecting to the %s API in %.2fs (attempt %d of %d)",
                    self._api,
                    delay,
                    attempt,
                    self._max_retries,
                )
                time.sleep(delay)
                if self._intentionally_closed:
                    return False
                try:
                    connection = make_ws(self._extra_query, self._extra_headers)
                except Exception:
                    log.info("Reconnection attempt %d failed", attempt, exc_info=True)
                    continue
                self._connection = connection
                self._is_reconnecting = False
                self._flush_send_queue()
                log.info("Reconnected to the %s API", self._api)
                return True
            return False
        finally:
            self._is_reconnecting = False


class AsyncEventConnection(AsyncTransport, _Handlers, Generic[_EventT]):
    """The async `EventConnection`."""

    _event_type: Any
    _api: str

    def __init__(
        self,
        connection: AsyncWebSocketConnection,
        *,
        make_ws: Optional[Callable[[Query, Headers], Awaitable[AsyncWebSocketConnection]]] = None,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        extra_query: Query = {},
        extra_headers: Headers = {},
        send_queue: Optional[SendQueue] = None,
    ) -> None:
        super().__init__(connection)
        self._make_ws = make_ws
        self._on_reconnecting = on_reconnecting
        self._max_retries = max_retries
        self._initial_delay = initial_delay
        self._max_delay = max_delay
        self._extra_query = extra_query
        self._extra_headers = extra_headers
        self._send_queue = send_queue if send_queue is not None else SendQueue()
        self._handlers = HandlerRegistry()
        self._intentionally_closed = False
        self._is_reconnecting = False

    async def __aiter__(self) -> AsyncIterator[_EventT]:
        """The server events until the connection closes; see `RealtimeConnection.__iter__`."""
        while True:
            try:
                event = await self.recv()
            except WebSocketConnectionClosedError as exc:
                if self._closed_by_user() or ended_normally(exc):
                    return
                if await self._reconnect(exc.code):
                    continue
                if self._closed_by_user():  # during the reconnection attempts
                    return
                unsent = self._send_queue.drain()
                if unsent:
                    raise closed_error(
                        exc, f"The connection ended with unsent {self._api} events", unsent_messages=unsent
                    ) from exc
                raise
            yield event

    async def recv(self) -> _EventT:
        """The next server event; see `RealtimeConnection.recv`. Cancelling the call loses no event."""
        return self.parse_event(await self.recv_bytes())

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """A server event from its raw JSON (e.g. what `recv_bytes()` returned)."""
        return cast(_EventT, _parse(self._event_type, data))

    async def send(self, event: _ClientEvent) -> None:
        """Sends a client event, a model or its dict form; see `RealtimeConnection.send`."""
        await self._send_data(serialise_event(event))

    async def send_raw(self, data: Union[bytes, str]) -> None:
        """Sends `data` as it is: text as a text message, bytes as a binary one."""
        await self._send_data(data)

    async def _send_data(self, data: Union[str, bytes]) -> None:
        if self._is_reconnecting:
            self._send_queue.enqueue(data if isinstance(data, str) else data.decode("utf-8"))
            return
        await self._transmit(data)

    def _unsent(self, data: str) -> None:
        try:
            self._send_queue.enqueue(data)
        except WebSocketQueueFullError:
            log.warning("Dropped an event that could not be sent: the queue of unsent events is full")

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Closes the connection (no reconnection follows)."""
        self._intentionally_closed = True
        await super().close(code=code, reason=reason)

    def _closed_by_user(self) -> bool:
        return self._intentionally_closed

    async def dispatch_events(self) -> None:
        """Receives events until the connection closes and calls the registered handlers (awaiting
        those that are coroutines); see `RealtimeConnection.dispatch_events`."""
        async for event in self:
            kind = cast(Any, event).type
            specific = self._handlers.take(kind)
            generic = self._handlers.take("event")
            if kind == "error" and not specific and not generic:
                raise OpenAIError(_UNHANDLED_ERROR.format(self._api) + str(event))
            for handler in specific + generic:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result

    async def _flush_send_queue(self) -> None:
        try:
            await self._send_queue.flush_async(self._connection.send)
        except Exception:
            log.warning("Could not send the queued %s events", self._api, exc_info=True)

    async def _reconnect(self, code: int) -> bool:
        """Tries new connections after the server dropped this one with `code`; whether one opened."""
        callback, make_ws = self._on_reconnecting, self._make_ws
        if callback is None or make_ws is None or not is_recoverable_close(code):
            return False
        self._is_reconnecting = True
        try:
            for attempt in range(1, self._max_retries + 1):
                delay = backoff_delay(attempt, self._initial_delay, self._max_delay)
                try:
                    overrides = callback(
                        _new_event(attempt, self._max_retries, delay, code, self._extra_query, self._extra_headers)
                    )
                except Exception:
                    log.warning("on_reconnecting raised; not reconnecting", exc_info=True)
                    return False
                if overrides:
                    if overrides.get("abort"):
                        return False
                    self._extra_query = overrides.get("extra_query", self._extra_query)
                    self._extra_headers = overrides.get("extra_headers", self._extra_headers)
                log.info(
                    "Reconnecting to the %s API in %.2fs (attempt %d of %d)",
                    self._api,
                    delay,
                    attempt,
                    self._max_retries,
                )
                await asyncio.sleep(delay)
                if self._intentionally_closed:
                    return False
                try:
                    connection = await make_ws(self._extra_query, self._extra_headers)
                except Exception:
                    log.info("Reconnection attempt %d failed", attempt, exc_info=True)
                    continue
                self._connection = connection
                self._is_reconnecting = False
                await self._flush_send_queue()
                log.info("Reconnected to the %s API", self._api)
                return True
            return False
        finally:
            self._is_reconnecting = False


class RealtimeConnection(EventConnection[RealtimeServerEvent]):
    """An open WebSocket connection to the Realtime API (sync)."""

    _event_type = RealtimeServerEvent
    _api = "Realtime"

    session: RealtimeSessionResource
    response: RealtimeResponseResource
    input_audio_buffer: RealtimeInputAudioBufferResource
    conversation: RealtimeConversationResource
    output_audio_buffer: RealtimeOutputAudioBufferResource

    def __init__(self, connection: WebSocketConnection, **settings: Any) -> None:
        super().__init__(connection, **settings)
        self.session = RealtimeSessionResource(self)
        self.response = RealtimeResponseResource(self)
        self.input_audio_buffer = RealtimeInputAudioBufferResource(self)
        self.conversation = RealtimeConversationResource(self)
        self.output_audio_buffer = RealtimeOutputAudioBufferResource(self)


class AsyncRealtimeConnection(AsyncEventConnection[RealtimeServerEvent]):
    """An open WebSocket connection to the Realtime API (async)."""

    _event_type = RealtimeServerEvent
    _api = "Realtime"

    session: AsyncRealtimeSessionResource
    response: AsyncRealtimeResponseResource
    input_audio_buffer: AsyncRealtimeInputAudioBufferResource
    conversation: AsyncRealtimeConversationResource
    output_audio_buffer: AsyncRealtimeOutputAudioBufferResource

    def __init__(self, connection: AsyncWebSocketConnection, **settings: Any) -> None:
        super().__init__(connection, **settings)
        self.session = AsyncRealtimeSessionResource(self)
        self.response = AsyncRealtimeResponseResource(self)
        self.input_audio_buffer = AsyncRealtimeInputAudioBufferResource(self)
        self.conversation = AsyncRealtimeConversationResource(self)
        self.output_audio_buffer = AsyncRealtimeOutputAudioBufferResource(self)


class _ManagerBase(_Handlers):
    def __init__(
        self,
        *,
        call_id: Union[str, Omit, None],
        model: Union[str, Omit, None],
        extra_query: Query,
        extra_headers: Headers,
        websocket_connection_options: WebSocketConnectionOptions,
        on_reconnecting: Optional[OnReconnecting],
        max_retries: int,
        initial_delay: float,
        max_delay: float,
        max_queue_size: int,
    ) -> None:
        self._call_id = call_id if isinstance(call_id, str) else None
        self._model = model if isinstance(model, str) else None
        self._extra_query = extra_query
        self._extra_headers = extra_headers
        self._options = websocket_connection_options
        self._on_reconnecting = on_reconnecting
        self._max_retries = max_retries
        self._initial_delay = initial_delay
        self._max_delay = max_delay
        self._send_queue = SendQueue(max_bytes=max_queue_size)
        self._handlers = HandlerRegistry()

    def send(self, event: _ClientEvent) -> None:
        """Queues a client event, sent as soon as the connection opens (in order, before anything
        sent on the connection). Raises WebSocketQueueFullError beyond `max_queue_size` bytes."""
        self._send_queue.enqueue(serialise_event(event))

    def _settings(self) -> Any:
        return dict(
            on_reconnecting=self._on_reconnecting,
            max_retries=self._max_retries,
            initial_delay=self._initial_delay,
            max_delay=self._max_delay,
            extra_query=self._extra_query,
            extra_headers=self._extra_headers,
            send_queue=self._send_queue,
        )


class ConnectionManager(_ManagerBase, Generic[_ConnectionT]):
    """What a sync `connect(...)` returns: `with` it to get the connection, closed when the block
    ends. Without a `with` block, `connection = manager.enter()` opens it and `connection.close()`
    is then up to you. `send()` and `on()` / `once()` may be used before the connection opens. A
    kind names its connection class and the URL path it opens."""

    _connection_class: Any
    _endpoint: str

    def __init__(
        self,
        *,
        client: OpenAI,
        call_id: Union[str, Omit] = omit,
        model: Union[str, Omit] = omit,
        extra_query: Query,
        extra_headers: Headers,
        websocket_connection_options: WebSocketConnectionOptions,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> None:
        super().__init__(
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
        self._client = client
        self._connection: Optional[_ConnectionT] = None

    def __enter__(self) -> _ConnectionT:
        """Opens the WebSocket (raises OpenAIError when the `websockets` package is missing)."""
        websocket = self._connect_ws(self._extra_query, self._extra_headers)
        make_ws = self._connect_ws if self._on_reconnecting is not None else None
        connection: Any = self._connection_class(websocket, make_ws=make_ws, **self._settings())
        self._handlers.move_to(connection._handlers)
        connection._flush_send_queue()
        self._connection = connection
        return cast(_ConnectionT, connection)

    enter = __enter__

    def _connect_ws(self, extra_query: Query, extra_headers: Headers) -> WebSocketConnection:
        return open_websocket(
            self._client,
            model=self._model,
            call_id=self._call_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            options=self._options,
            beta=False,
            endpoint=self._endpoint,
        )

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        if self._connection is not None:
            cast(Any, self._connection).close()


class AsyncConnectionManager(_ManagerBase, Generic[_AsyncConnectionT]):
    """What an async `connect(...)` returns: `async with` it to get the connection, closed when the
    block ends; or `connection = await manager.enter()` and `await connection.close()` yourself."""

    _connection_class: Any
    _endpoint: str

    def __init__(
        self,
        *,
        client: AsyncOpenAI,
        call_id: Union[str, Omit] = omit,
        model: Union[str, Omit] = omit,
        extra_query: Query,
        extra_headers: Headers,
        websocket_connection_options: WebSocketConnectionOptions,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> None:
        super().__init__(
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
        self._client = client
        self._connection: Optional[_AsyncConnectionT] = None

    async def __aenter__(self) -> _AsyncConnectionT:
        """Opens the WebSocket (raises OpenAIError when the `websockets` package is missing)."""
        websocket = await self._connect_ws(self._extra_query, self._extra_headers)
        make_ws = self._connect_ws if self._on_reconnecting is not None else None
        connection: Any = self._connection_class(websocket, make_ws=make_ws, **self._settings())
        self._handlers.move_to(connection._handlers)
        await connection._flush_send_queue()
        self._connection = connection
        return cast(_AsyncConnectionT, connection)

    enter = __aenter__

    async def _connect_ws(self, extra_query: Query, extra_headers: Headers) -> AsyncWebSocketConnection:
        return await open_async_websocket(
            self._client,
            model=self._model,
            call_id=self._call_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            options=self._options,
            beta=False,
            endpoint=self._endpoint,
        )

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        if self._connection is not None:
            await cast(Any, self._connection).close()


class RealtimeConnectionManager(ConnectionManager[RealtimeConnection]):
    """What `client.realtime.connect(...)` returns: `with` it to get a RealtimeConnection (see
    ConnectionManager)."""

    _connection_class = RealtimeConnection
    _endpoint = "realtime"


class AsyncRealtimeConnectionManager(AsyncConnectionManager[AsyncRealtimeConnection]):
    """What `client.realtime.connect(...)` of an async client returns: `async with` it to get an
    AsyncRealtimeConnection (see AsyncConnectionManager)."""

    _connection_class = AsyncRealtimeConnection
    _endpoint = "realtime"
