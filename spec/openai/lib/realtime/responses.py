"""Responses over a WebSocket: `client.responses.connect()`, sync and async.

One connection carries many responses: each `response.create` client event (the body of a
`responses.create` call, under `"type": "response.create"`) is answered by the same stream events
`responses.create(stream=True)` gives, as typed `ResponsesServerEvent`s. The connection, its
handlers, reconnection and queueing are those of the Realtime connection (see `connection`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from ..._types import NotGiven, Omit
from ...types.responses.responses_server_event import ResponsesServerEvent
from .connection import AsyncConnectionManager, AsyncEventConnection, ConnectionManager, EventConnection

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebSocketConnection
    from websockets.sync.client import ClientConnection as WebSocketConnection

__all__ = [
    "ResponsesConnection",
    "AsyncResponsesConnection",
    "ResponsesConnectionManager",
    "AsyncResponsesConnectionManager",
    "BaseResponsesConnectionResource",
    "BaseAsyncResponsesConnectionResource",
    "ResponsesResponseResource",
    "AsyncResponsesResponseResource",
]


def _response_create(fields: Mapping[str, object]) -> dict[str, object]:
    return {"type": "response.create",
            **{key: value for key, value in fields.items() if not isinstance(value, (Omit, NotGiven))}}


class BaseResponsesConnectionResource:
    def __init__(self, connection: ResponsesConnection) -> None:
        self._connection = connection


class ResponsesResponseResource(BaseResponsesConnectionResource):
    def create(self, **fields: Any) -> None:
        """Sends `response.create` with the fields of a `responses.create` body (`model`, `input`,
        `instructions`, `tools`, `previous_response_id`...; fields left out or `omit` are not sent).
        The response arrives as stream events on the connection."""
        self._connection.send(_response_create(fields))


class BaseAsyncResponsesConnectionResource:
    def __init__(self, connection: AsyncResponsesConnection) -> None:
        self._connection = connection


class AsyncResponsesResponseResource(BaseAsyncResponsesConnectionResource):
    async def create(self, **fields: Any) -> None:
        """Sends `response.create`; see `ResponsesResponseResource.create`."""
        await self._connection.send(_response_create(fields))


class ResponsesConnection(EventConnection[ResponsesServerEvent]):
    """An open WebSocket connection to the Responses API (sync)."""

    _event_type = ResponsesServerEvent
    _api = "Responses"

    response: ResponsesResponseResource

    def __init__(self, connection: WebSocketConnection, **settings: Any) -> None:
        super().__init__(connection, **settings)
        self.response = ResponsesResponseResource(self)


class AsyncResponsesConnection(AsyncEventConnection[ResponsesServerEvent]):
    """An open WebSocket connection to the Responses API (async)."""

    _event_type = ResponsesServerEvent
    _api = "Responses"

    response: AsyncResponsesResponseResource

    def __init__(self, connection: AsyncWebSocketConnection, **settings: Any) -> None:
        super().__init__(connection, **settings)
        self.response = AsyncResponsesResponseResource(self)


class ResponsesConnectionManager(ConnectionManager[ResponsesConnection]):
    """What `client.responses.connect()` returns: `with` it to get a ResponsesConnection."""

    _connection_class = ResponsesConnection
    _endpoint = "responses"


class AsyncResponsesConnectionManager(AsyncConnectionManager[AsyncResponsesConnection]):
    """What `client.responses.connect()` of an async client returns: `async with` it to get an
    AsyncResponsesConnection."""

    _connection_class = AsyncResponsesConnection
    _endpoint = "responses"


