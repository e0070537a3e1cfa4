"""The beta Realtime connection of `client.beta.realtime.connect(model=...)`, sync and async: the
GA connection's interface without reconnection and event handlers, speaking the beta protocol
(the handshake sends `OpenAI-Beta: realtime=v1`; events are the `openai.types.beta.realtime`
ones, with a `transcription_session.update` sender)."""

from __future__ import annotations

import json
from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Iterator, Mapping, Optional, Union, cast

from typing_extensions import TypeAlias

from ..._models import construct_type
from ..._types import Headers, Omit, Query, omit
from ...types.beta.realtime.realtime_client_event import RealtimeClientEvent
from ...types.beta.realtime.realtime_server_event import RealtimeServerEvent
from ...types.websocket_connection_options import WebsocketConnectionOptions
from ._common import WebSocketConnectionClosedError, serialise_event
from ._handshake import open_async_websocket, open_websocket
from ._senders import (
    AsyncRealtimeConversationResource,
    AsyncRealtimeInputAudioBufferResource,
    AsyncRealtimeOutputAudioBufferResource,
    AsyncRealtimeResponseResource,
    BaseAsyncRealtimeConnectionResource,
    BaseRealtimeConnectionResource,
    RealtimeConversationResource,
    RealtimeInputAudioBufferResource,
    RealtimeOutputAudioBufferResource,
    RealtimeResponseResource,
    build_event,
)
from ._transport import AsyncTransport, SyncTransport, ended_normally

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebsocketConnection
    from websockets.sync.client import ClientConnection as WebsocketConnection

    from ..._client import AsyncOpenAI, OpenAI

__all__ = [
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
    "RealtimeSessionResource",
    "AsyncRealtimeSessionResource",
    "RealtimeTranscriptionSessionResource",
    "AsyncRealtimeTranscriptionSessionResource",
]

BetaSessionParam: TypeAlias = Mapping[str, object]
"""The `session` of a beta `session.update`, e.g. `{"modalities": ["text"], "instructions": "..."}`."""

BetaTranscriptionSessionParam: TypeAlias = Mapping[str, object]
"""The `session` of `transcription_session.update`, e.g. `{"input_audio_transcription": {...}}`."""

_ClientEvent = Union[RealtimeClientEvent, Mapping[str, object]]


def _parse(data: Union[str, bytes]) -> RealtimeServerEvent:
    return cast(RealtimeServerEvent, construct_type(value=json.loads(data), type_=cast(Any, RealtimeServerEvent)))


class RealtimeSessionResource(BaseRealtimeConnectionResource):
    def update(self, *, session: BetaSessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Sends `session.update`: changes the session's default configuration (only the fields
        given; an empty string clears `instructions`). The server answers with `session.updated`.
        The `voice` cannot change once the model has produced audio, nor the `model` at all."""
        self._connection.send(build_event("session.update", session=session, event_id=event_id))


class RealtimeTranscriptionSessionResource(BaseRealtimeConnectionResource):
    def update(self, *, session: BetaTranscriptionSessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Sends `transcription_session.update`: changes the configuration of a transcription
        session. The server answers with `transcription_session.updated`."""
        self._connection.send(build_event("transcription_session.update", session=session, event_id=event_id))


class AsyncRealtimeSessionResource(BaseAsyncRealtimeConnectionResource):
    async def update(self, *, session: BetaSessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Sends `session.update`; see `RealtimeSessionResource.update`."""
        await self._connection.send(build_event("session.update", session=session, event_id=event_id))


class AsyncRealtimeTranscriptionSessionResource(BaseAsyncRealtimeConnectionResource):
    async def update(self, *, session: BetaTranscriptionSessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Sends `transcription_session.update`; see `RealtimeTranscriptionSessionResource.update`."""
        await self._connection.send(build_event("transcription_session.update", session=session, event_id=event_id))


class RealtimeConnection(SyncTransport):
    """An open WebSocket connection to the beta Realtime API (sync)."""

    session: RealtimeSessionResource
    response: RealtimeResponseResource
    input_audio_buffer: RealtimeInputAudioBufferResource
    conversation: RealtimeConversationResource
    output_audio_buffer: RealtimeOutputAudioBufferResource
    transcription_session: RealtimeTranscriptionSessionResource

    def __init__(self, connection: WebsocketConnection) -> None:
        super().__init__(connection)
        self._closed_by_us = False
        self.session = RealtimeSessionResource(self)
        self.response = RealtimeResponseResource(self)
        self.input_audio_buffer = RealtimeInputAudioBufferResource(self)
        self.conversation = RealtimeConversationResource(self)
        self.output_audio_buffer = RealtimeOutputAudioBufferResource(self)
        self.transcription_session = RealtimeTranscriptionSessionResource(self)

    def __iter__(self) -> Iterator[RealtimeServerEvent]:
        """The server events until the connection closes: a normal close (or one by `close()`)
        ends the loop, an abnormal one raises WebSocketConnectionClosedError."""
        while True:
            try:
                event = self.recv()
            except WebSocketConnectionClosedError as exc:
                if self._closed_by_us or ended_normally(exc):
                    return
                raise
            yield event

    def recv(self) -> RealtimeServerEvent:
        """The next server event, as its typed class (`error` events included: the connection
        stays usable). Raises WebSocketConnectionClosedError once the connection is closed."""
        return self.parse_event(self.recv_bytes())

    def parse_event(self, data: Union[str, bytes]) -> RealtimeServerEvent:
        """A server event from its raw JSON (e.g. what `recv_bytes()` returned)."""
        return _parse(data)

    def send(self, event: _ClientEvent) -> None:
        """Sends a client event: a model or its dict form. Raises WebSocketConnectionClosedError
        on a closed connection."""
        self._transmit(serialise_event(event))

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Closes the connection."""
        self._closed_by_us = True
        super().close(code=code, reason=reason)


class AsyncRealtimeConnection(AsyncTransport):
    """An open WebSocket connection to the beta Realtime API (async)."""

    session: AsyncRealtimeSessionResource
    response: AsyncRealtimeResponseResource
    input_audio_buffer: AsyncRealtimeInputAudioBufferResource
    conversation: AsyncRealtimeConversationResource
    output_audio_buffer: AsyncRealtimeOutputAudioBufferResource
    transcription_session: AsyncRealtimeTranscriptionSessionResource

    def __init__(self, connection: AsyncWebsocketConnection) -> None:
        super().__init__(connection)
        self._closed_by_us = False
        self.session = AsyncRealtimeSessionResource(self)
        self.response = AsyncRealtimeResponseResource(self)
        self.input_audio_buffer = AsyncRealtimeInputAudioBufferResource(self)
        self.conversation = AsyncRealtimeConversationResource(self)
        self.output_audio_buffer = AsyncRealtimeOutputAudioBufferResource(self)
        self.transcription_session = AsyncRealtimeTranscriptionSessionResource(self)

    async def __aiter__(self) -> AsyncIterator[RealtimeServerEvent]:
        """The server events until the connection closes; see `RealtimeConnection.__iter__`."""
        while True:
            try:
                event = await self.recv()
            except WebSocketConnectionClosedError as exc:
                if self._closed_by_us or ended_normally(exc):
                    return
                raise
            yield event

    async def recv(self) -> RealtimeServerEvent:
        """The next server event; see `RealtimeConnection.recv`. Cancelling the call loses no event."""
        return self.parse_event(await self.recv_bytes())

    def parse_event(self, data: Union[str, bytes]) -> RealtimeServerEvent:
        """A server event from its raw JSON (e.g. what `recv_bytes()` returned)."""
        return _parse(data)

    async def send(self, event: _ClientEvent) -> None:
        """Sends a client event: a model or its dict form. Raises WebSocketConnectionClosedError
        on a closed connection."""
        await self._transmit(serialise_event(event))

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Closes the connection."""
        self._closed_by_us = True
        await super().close(code=code, reason=reason)


class RealtimeConnectionManager:
    """What `client.beta.realtime.connect(...)` returns: `with` it to get a RealtimeConnection,
    closed when the block ends; or `connection = manager.enter()` and `connection.close()`
    yourself."""

    def __init__(self, *, client: OpenAI, model: str, extra_query: Query, extra_headers: Headers,
                 websocket_connection_options: WebsocketConnectionOptions) -> None:
        self._client = client
        self._model = model
        self._extra_query = extra_query
        self._extra_headers = extra_headers
        self._options = websocket_connection_options
        self._connection: Optional[RealtimeConnection] = None

    def __enter__(self) -> RealtimeConnection:
        """Opens the WebSocket (raises OpenAIError when the `websockets` package is missing)."""
        websocket = open_websocket(self._client, model=self._model, call_id=None, extra_query=self._extra_query,
                                   extra_headers=self._extra_headers, options=self._options, beta=True)
        self._connection = RealtimeConnection(websocket)
        return self._connection

    enter = __enter__

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                 exc_tb: Optional[TracebackType]) -> None:
        if self._connection is not None:
            self._connection.close()


class AsyncRealtimeConnectionManager:
    """What `client.beta.realtime.connect(...)` of an async client returns: `async with` it to get
    an AsyncRealtimeConnection, closed when the block ends; or `connection = await manager.enter()`
    and `await connection.close()` yourself."""

    def __init__(self, *, client: AsyncOpenAI, model: str, extra_query: Query, extra_headers: Headers,
                 websocket_connection_options: WebsocketConnectionOptions) -> None:
        self._client = client
        self._model = model
        self._extra_query = extra_query
        self._extra_headers = extra_headers
        self._options = websocket_connection_options
        self._connection: Optional[AsyncRealtimeConnection] = None

    async def __aenter__(self) -> AsyncRealtimeConnection:
        """Opens the WebSocket (raises OpenAIError when the `websockets` package is missing)."""
        websocket = await open_async_websocket(self._client, model=self._model, call_id=None,
                                               extra_query=self._extra_query, extra_headers=self._extra_headers,
                                               options=self._options, beta=True)
        self._connection = AsyncRealtimeConnection(websocket)
        return self._connection

    enter = __aenter__

    async def __aexit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                        exc_tb: Optional[TracebackType]) -> None:
        if self._connection is not None:
            await self._connection.close()
