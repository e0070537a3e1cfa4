"""Pieces shared by the Realtime connections (GA and beta, sync and async): the errors, how a
client event becomes the JSON text sent, the bounded queue of outgoing messages and the registry
of event handlers.

Nothing here imports `websockets` at import time: `import openai` must work without it."""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Tuple, Type, Union, cast

import pydantic

from ..._exceptions import OpenAIError
from ..._types import NotGiven, Omit
from ..._utils._transform import transform

if TYPE_CHECKING:
    from websockets.exceptions import ConnectionClosed

__all__ = [
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
    "SendQueue",
    "HandlerRegistry",
    "serialise_event",
    "closed_error",
    "close_code",
]


class WebSocketConnectionClosedError(OpenAIError):
    """The Realtime WebSocket is closed.

    Raised by `recv()`, `recv_bytes()` and `send()` on a closed connection, and by iteration when
    the server ended the connection with an error code (a normal close just ends the loop).
    `unsent_messages` holds the serialised client events that could not be sent (queued while a
    reconnection was attempted, or whose send failed), `code` and `reason` the close frame the
    server sent (`code` is 1006 when the connection dropped without one).

    The instances raised are also instances of the `websockets` exception they replace
    (`websockets.exceptions.ConnectionClosedOK` / `ConnectionClosedError`), so code written
    against those keeps working."""

    unsent_messages: List[str]

    def __init__(
        self, message: str, *, unsent_messages: Optional[List[str]] = None, code: int = 1006, reason: str = ""
    ) -> None:
        # not `super().__init__`: in the classes that also derive from a `websockets` exception
        # the next `__init__` in the MRO is that exception's, with another signature
        Exception.__init__(self, message)
        self.message = message
        self.unsent_messages = list(unsent_messages or [])
        self._close_code = code
        self._close_reason = reason

    # properties, as they override the (deprecated) ones of the websockets exceptions
    @property
    def code(self) -> int:
        """The close code the server sent; 1006 when the connection dropped without a close frame."""
        return self._close_code

    @property
    def reason(self) -> str:
        """The reason the server gave in its close frame."""
        return self._close_reason

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> Any:
        # the classes made by `closed_error` cannot be found by name: pickle as the plain class
        return (_rebuild_closed_error, (self.message, self.unsent_messages, self._close_code, self._close_reason))


def _rebuild_closed_error(
    message: str, unsent_messages: List[str], code: int, reason: str
) -> WebSocketConnectionClosedError:
    return WebSocketConnectionClosedError(message, unsent_messages=unsent_messages, code=code, reason=reason)


class WebSocketQueueFullError(OpenAIError):
    """A client event did not fit in the queue of messages waiting for the connection (see
    `max_queue_size` of `client.realtime.connect`); it was not queued."""


# WebSocketConnectionClosedError + the websockets class it stands for, made on first use
_closed_classes: Dict[type, Type[WebSocketConnectionClosedError]] = {}
_closed_lock = threading.Lock()


def close_code(exc: ConnectionClosed) -> int:
    """The close code the server sent, 1006 (abnormal closure) when it sent none."""
    return exc.rcvd.code if exc.rcvd is not None else 1006


def closed_error(
    exc: Union[ConnectionClosed, WebSocketConnectionClosedError],
    message: str,
    *,
    unsent_messages: Optional[List[str]] = None,
) -> WebSocketConnectionClosedError:
    """A WebSocketConnectionClosedError for the `websockets` exception `exc` (or for another
    WebSocketConnectionClosedError), of a class deriving from both (see
    WebSocketConnectionClosedError)."""
    ws_class: type = type(exc)
    if issubclass(ws_class, WebSocketConnectionClosedError):
        ws_class = ws_class.__bases__[1]  # one of the classes made below: (ours, the websockets one)
    with _closed_lock:
        cls = _closed_classes.get(ws_class)
        if cls is None:
            namespace = {
                "__module__": WebSocketConnectionClosedError.__module__,
                "__qualname__": WebSocketConnectionClosedError.__qualname__,
            }
            cls = cast(
                Type[WebSocketConnectionClosedError],
                type("WebSocketConnectionClosedError", (WebSocketConnectionClosedError, ws_class), namespace),
            )
            _closed_classes[ws_class] = cls
    closed = cast("ConnectionClosed", exc)  # a WebSocketConnectionClosedError made here is one too
    reason = closed.rcvd.reason if closed.rcvd is not None else ""
    from websockets.exceptions import ConnectionClosed

    detail = ConnectionClosed.__str__(closed)  # websockets' description of the close frames
    error = cls(
        f"{message}: the Realtime WebSocket connection is closed ({detail})",
        unsent_messages=unsent_messages,
        code=close_code(closed),
        reason=reason,
    )
    # the attributes of the websockets exception, so that its own methods work on `error`
    vars(error).update(rcvd=closed.rcvd, sent=closed.sent, rcvd_then_sent=closed.rcvd_then_sent)
    return error


def serialise_event(event: object) -> str:
    """The JSON text sent for a client event: a pydantic model (e.g. `SessionUpdateEvent`) is
    dumped by its wire names with only the fields that were set; a dict (e.g. the TypedDict form)
    is sent as it is, without its `omit` / `NOT_GIVEN` entries and with any models inside it
    dumped the same way."""
    if isinstance(event, pydantic.BaseModel):
        return event.model_dump_json(by_alias=True, exclude_unset=True)
    if isinstance(event, Mapping):
        items = cast(Mapping[str, object], event)
        data = {key: value for key, value in items.items() if not isinstance(value, (Omit, NotGiven))}
        return json.dumps(transform(data, Dict[str, object]))
    raise TypeError(f"A Realtime client event must be a dict or a model, not {type(event).__name__}")


class SendQueue:
    """Serialised client events waiting for a connection, bounded by their total size in bytes
    (UTF-8): events sent on the manager before the connection opens, and events sent while a
    reconnection is under way or whose send failed."""

    def __init__(self, max_bytes: int = 1_048_576) -> None:
        self._items: List[Tuple[str, int]] = []
        self._bytes = 0
        self._max_bytes = max_bytes
        self._lock = threading.Lock()

    def enqueue(self, data: str) -> None:
        """Raises WebSocketQueueFullError (and keeps nothing) when `data` does not fit."""
        size = len(data.encode("utf-8"))
        with self._lock:
            if self._bytes + size > self._max_bytes:
                raise WebSocketQueueFullError(
                    f"The queue of unsent Realtime events is full ({self._bytes} of {self._max_bytes} bytes used,"
                    f" this event has {size}); the event was dropped"
                )
            self._items.append((data, size))
            self._bytes += size

    def _take(self) -> List[Tuple[str, int]]:
        with self._lock:
            items, self._items, self._bytes = self._items, [], 0
            return items

    def _put_back(self, items: List[Tuple[str, int]]) -> None:
        with self._lock:
            self._items = items + self._items
            self._bytes = sum(size for _, size in self._items)

    def flush(self, send: Callable[[str], object]) -> None:
        """Sends every queued message in order; when `send` raises, that message and the ones after
        it go back to the front of the queue and the error propagates."""
        items = self._take()
        for index, (data, _) in enumerate(items):
            try:
                send(data)
            except BaseException:
                self._put_back(items[index:])
                raise

    async def flush_async(self, send: Callable[[str], Any]) -> None:
        """`flush` with an async `send`."""
        items = self._take()
        for index, (data, _) in enumerate(items):
            try:
                await send(data)
            except BaseException:
                self._put_back(items[index:])
                raise

    def drain(self) -> List[str]:
        """Empties the queue, returning what it held."""
        return [data for data, _ in self._take()]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __bool__(self) -> bool:
        return len(self) > 0


class HandlerRegistry:
    """Event handlers by event type (`"event"`: every event), each optionally called only once."""

    def __init__(self) -> None:
        self._handlers: Dict[str, List[Tuple[Callable[..., Any], bool]]] = {}
        self._lock = threading.Lock()

    def add(self, event_type: str, handler: Callable[..., Any], *, once: bool = False) -> None:
        with self._lock:
            self._handlers.setdefault(event_type, []).append((handler, once))

    def remove(self, event_type: str, handler: Callable[..., Any]) -> None:
        """Removes the first registration of `handler` for `event_type`, if any."""
        with self._lock:
            entries = self._handlers.get(event_type, [])
            for index, (registered, _) in enumerate(entries):
                if registered == handler:
                    del entries[index]
                    break

    def take(self, event_type: str) -> List[Callable[..., Any]]:
        """The handlers to call for an event of `event_type`; once-handlers are removed."""
        with self._lock:
            entries = self._handlers.get(event_type)
            if not entries:
                return []
            self._handlers[event_type] = [entry for entry in entries if not entry[1]]
            return [handler for handler, _ in entries]

    def move_to(self, target: HandlerRegistry) -> None:
        """Hands every registration over to `target` (the connection's registry)."""
        with self._lock:
            handlers, self._handlers = self._handlers, {}
        for event_type, entries in handlers.items():
            for handler, once in entries:
                target.add(event_type, handler, once=once)
