"""The part of a Realtime connection that talks to the `websockets` connection: receiving raw
messages, sending text, closing, and turning `websockets`' closed-connection exceptions into
WebSocketConnectionClosedError. The GA and beta connections build on these two classes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Union

from ._common import WebSocketConnectionClosedError, closed_error

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebSocketConnection
    from websockets.sync.client import ClientConnection as WebSocketConnection

__all__ = ["SyncTransport", "AsyncTransport", "ended_normally"]

log: logging.Logger = logging.getLogger("openai.realtime")

_RECV = "Cannot receive a Realtime event"
_SEND = "Cannot send a Realtime event"


def ended_normally(exc: WebSocketConnectionClosedError) -> bool:
    """Whether the connection was closed normally (1000, 1001 or no status on both sides), which
    ends an iteration over the connection instead of raising."""
    from websockets.exceptions import ConnectionClosedOK

    return isinstance(exc, ConnectionClosedOK)


def _as_bytes(message: Union[str, bytes]) -> bytes:
    return message if isinstance(message, bytes) else message.encode("utf-8")


class SyncTransport:
    _connection: WebSocketConnection

    def __init__(self, connection: WebSocketConnection) -> None:
        self._connection = connection

    def recv_bytes(self) -> bytes:
        """The next message from the server, as the raw bytes of its JSON (turn it into a typed
        event with `parse_event`). Raises WebSocketConnectionClosedError once the connection is
        closed."""
        from websockets.exceptions import ConnectionClosed

        try:
            message = self._connection.recv(decode=False)
        except ConnectionClosed as exc:
            raise closed_error(exc, _RECV) from exc
        log.debug("Received WebSocket message: %r", message)
        return _as_bytes(message)

    def _transmit(self, data: Union[str, bytes]) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            self._connection.send(data)
        except ConnectionClosed as exc:
            unsent = [data if isinstance(data, str) else data.decode("utf-8", "replace")]
            self._unsent(unsent[0])
            raise closed_error(exc, _SEND, unsent_messages=unsent) from exc

    def _unsent(self, data: str) -> None:
        """Called with a message whose send failed as the connection was closed."""

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Closes the connection with `code` and `reason` (waiting for the server's close frame, a
        few seconds at most). Closing a closed connection does nothing."""
        self._connection.close(code=code, reason=reason)


class AsyncTransport:
    _connection: AsyncWebSocketConnection

    def __init__(self, connection: AsyncWebSocketConnection) -> None:
        self._connection = connection

    async def recv_bytes(self) -> bytes:
        """The next message from the server, as the raw bytes of its JSON (turn it into a typed
        event with `parse_event`). Raises WebSocketConnectionClosedError once the connection is
        closed. Cancelling the call loses no message."""
        from websockets.exceptions import ConnectionClosed

        try:
            message = await self._connection.recv(decode=False)
        except ConnectionClosed as exc:
            raise closed_error(exc, _RECV) from exc
        log.debug("Received WebSocket message: %r", message)
        return _as_bytes(message)

    async def _transmit(self, data: Union[str, bytes]) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            await self._connection.send(data)
        except ConnectionClosed as exc:
            unsent = [data if isinstance(data, str) else data.decode("utf-8", "replace")]
            self._unsent(unsent[0])
            raise closed_error(exc, _SEND, unsent_messages=unsent) from exc

    def _unsent(self, data: str) -> None:
        """Called with a message whose send failed as the connection was closed."""

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Closes the connection with `code` and `reason` (waiting for the server's close frame, a
        few seconds at most). Closing a closed connection does nothing."""
        await self._connection.close(code=code, reason=reason)
