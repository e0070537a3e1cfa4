"""The resource-style senders of a Realtime connection (`connection.session.update(...)`,
`connection.conversation.item.create(...)`, ...): each builds one client event from its keyword
arguments (arguments left out are not sent) and sends it on the connection. Nothing is awaited
from the server: its answer arrives as a server event (`recv()` / iteration).

The classes serve the GA connection and the beta one alike (the beta module adds its `session`
and `transcription_session` senders)."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Union

from typing_extensions import Protocol, TypeAlias

from ..._compat import cached_property
from ..._types import NotGiven, Omit, omit
from ...types.realtime.realtime_session_create_request_param import RealtimeSessionCreateRequestParam
from ...types.realtime.realtime_transcription_session_create_request_param import (
    RealtimeTranscriptionSessionCreateRequestParam,
)

__all__ = [
    "build_event",
    "SessionParam",
    "ConversationItemParam",
    "ResponseParam",
    "BaseRealtimeConnectionResource",
    "RealtimeSessionResource",
    "RealtimeResponseResource",
    "RealtimeInputAudioBufferResource",
    "RealtimeConversationResource",
    "RealtimeConversationItemResource",
    "RealtimeOutputAudioBufferResource",
    "BaseAsyncRealtimeConnectionResource",
    "AsyncRealtimeSessionResource",
    "AsyncRealtimeResponseResource",
    "AsyncRealtimeInputAudioBufferResource",
    "AsyncRealtimeConversationResource",
    "AsyncRealtimeConversationItemResource",
    "AsyncRealtimeOutputAudioBufferResource",
]

SessionParam: TypeAlias = Union[RealtimeSessionCreateRequestParam, RealtimeTranscriptionSessionCreateRequestParam]
"""The `session` of a GA `session.update`: a realtime session (`"type": "realtime"`) or a
transcription session (`"type": "transcription"`)."""

ConversationItemParam: TypeAlias = Mapping[str, object]
"""A conversation item as a dict, e.g. `{"type": "message", "role": "user", "content": [...]}`."""

ResponseParam: TypeAlias = Mapping[str, object]
"""The `response` of a `response.create`: settings for this response only (`instructions`,
`tools`, `conversation`, `input`, `metadata`, ...)."""


class _Sends(Protocol):
    def send(self, event: Any) -> None: ...


class _AsyncSends(Protocol):
    async def send(self, event: Any) -> None: ...


def build_event(kind: str, **fields: object) -> Dict[str, object]:
    """A client event of type `kind` with the given fields, without those left out."""
    return {"type": kind, **{key: value for key, value in fields.items() if not isinstance(value, (Omit, NotGiven))}}


class BaseRealtimeConnectionResource:
    def __init__(self, connection: _Sends) -> None:
        self._connection = connection


class RealtimeSessionResource(BaseRealtimeConnectionResource):
    def update(self, *, session: SessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Sends `session.update`: changes the session's configuration (only the fields given; an
        empty string or list, or `None`, clears one). The server answers with `session.updated`,
        carrying the whole configuration now in effect. `voice` can change only until the model
        has produced audio, `model` not at all."""
        self._connection.send(build_event("session.update", session=session, event_id=event_id))


class RealtimeResponseResource(BaseRealtimeConnectionResource):
    def create(self, *, event_id: Union[str, Omit] = omit, response: Union[ResponseParam, Omit] = omit) -> None:
        """Sends `response.create`: asks the model for a response (with server VAD the server
        starts responses by itself). `response` overrides the session's settings for this response
        only, and can make it write outside the default conversation (`"conversation": "none"`) or
        take its own `input`. The server answers with `response.created`, the output events, and
        `response.done` when the response is complete."""
        self._connection.send(build_event("response.create", event_id=event_id, response=response))

    def cancel(self, *, event_id: Union[str, Omit] = omit, response_id: Union[str, Omit] = omit) -> None:
        """Sends `response.cancel`: stops the response in progress (or `response_id`). The server
        answers with `response.done` with status `cancelled`, or an `error` event when there is
        nothing to cancel (harmless: the session carries on)."""
        self._connection.send(build_event("response.cancel", event_id=event_id, response_id=response_id))


class RealtimeInputAudioBufferResource(BaseRealtimeConnectionResource):
    def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Sends `input_audio_buffer.clear`: drops the audio in the input buffer. The server
        answers with `input_audio_buffer.cleared`."""
        self._connection.send(build_event("input_audio_buffer.clear", event_id=event_id))

    def commit(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Sends `input_audio_buffer.commit`: turns the buffered audio into a user message item
        (and transcribes it when transcription is on) without asking for a response. The server
        answers with `input_audio_buffer.committed`."""
        self._connection.send(build_event("input_audio_buffer.commit", event_id=event_id))

    def append(self, *, audio: str, event_id: Union[str, Omit] = omit) -> None:
        """Sends `input_audio_buffer.append`: adds base64-encoded audio (in the session's input
        format, at most 15 MiB per event) to the input buffer. With server VAD the server decides
        when to commit, otherwise call `commit()`. The server sends no answer to this event."""
        self._connection.send(build_event("input_audio_buffer.append", audio=audio, event_id=event_id))


class RealtimeConversationResource(BaseRealtimeConnectionResource):
    @cached_property
    def item(self) -> RealtimeConversationItemResource:
        return RealtimeConversationItemResource(self._connection)


class RealtimeConversationItemResource(BaseRealtimeConnectionResource):
    def delete(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Sends `conversation.item.delete`: removes an item from the conversation history. The
        server answers with `conversation.item.deleted`, or `error` if there is no such item."""
        self._connection.send(build_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    def create(
        self,
        *,
        item: ConversationItemParam,
        event_id: Union[str, Omit] = omit,
        previous_item_id: Union[str, Omit] = omit,
    ) -> None:
        """Sends `conversation.item.create`: adds a message, function call or function call output
        to the conversation, after `previous_item_id` when given (`"root"`: first), else at the
        end. Assistant audio cannot be added this way. The server answers with
        `conversation.item.created`, or `error`."""
        self._connection.send(
            build_event("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)
        )

    def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: Union[str, Omit] = omit
    ) -> None:
        """Sends `conversation.item.truncate`: cuts an assistant message's audio at `audio_end_ms`,
        e.g. where playback was interrupted, so that the server's view matches what was heard;
        the transcript is removed as well. The server answers with `conversation.item.truncated`."""
        self._connection.send(
            build_event(
                "conversation.item.truncate",
                audio_end_ms=audio_end_ms,
                content_index=content_index,
                item_id=item_id,
                event_id=event_id,
            )
        )

    def retrieve(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Sends `conversation.item.retrieve`: asks for the server's copy of an item (e.g. the user
        audio after noise reduction and VAD). The server answers with
        `conversation.item.retrieved`, or `error` if there is no such item."""
        self._connection.send(build_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))


class RealtimeOutputAudioBufferResource(BaseRealtimeConnectionResource):
    def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Sends `output_audio_buffer.clear` (WebRTC and SIP connections): stops the audio being
        played out; send `response.cancel` first to stop its generation. The server answers with
        `output_audio_buffer.cleared`."""
        self._connection.send(build_event("output_audio_buffer.clear", event_id=event_id))


class BaseAsyncRealtimeConnectionResource:
    def __init__(self, connection: _AsyncSends) -> None:
        self._connection = connection


class AsyncRealtimeSessionResource(BaseAsyncRealtimeConnectionResource):
    async def update(self, *, session: SessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Sends `session.update`; see `RealtimeSessionResource.update`."""
        await self._connection.send(build_event("session.update", session=session, event_id=event_id))


class AsyncRealtimeResponseResource(BaseAsyncRealtimeConnectionResource):
    async def create(self, *, event_id: Union[str, Omit] = omit, response: Union[ResponseParam, Omit] = omit) -> None:
        """Sends `response.create`; see `RealtimeResponseResource.create`."""
        await self._connection.send(build_event("response.create", event_id=event_id, response=response))

    async def cancel(self, *, event_id: Union[str, Omit] = omit, response_id: Union[str, Omit] = omit) -> None:
        """Sends `response.cancel`; see `RealtimeResponseResource.cancel`."""
        await self._connection.send(build_event("response.cancel", event_id=event_id, response_id=response_id))


class AsyncRealtimeInputAudioBufferResource(BaseAsyncRealtimeConnectionResource):
    async def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Sends `input_audio_buffer.clear`; see `RealtimeInputAudioBufferResource.clear`."""
        await self._connection.send(build_event("input_audio_buffer.clear", event_id=event_id))

    async def commit(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Sends `input_audio_buffer.commit`; see `RealtimeInputAudioBufferResource.commit`."""
        await self._connection.send(build_event("input_audio_buffer.commit", event_id=event_id))

    async def append(self, *, audio: str, event_id: Union[str, Omit] = omit) -> None:
        """Sends `input_audio_buffer.append`; see `RealtimeInputAudioBufferResource.append`."""
        await self._connection.send(build_event("input_audio_buffer.append", audio=audio, event_id=event_id))


class AsyncRealtimeConversationResource(BaseAsyncRealtimeConnectionResource):
    @cached_property
    def item(self) -> AsyncRealtimeConversationItemResource:
        return AsyncRealtimeConversationItemResource(self._connection)


class AsyncRealtimeConversationItemResource(BaseAsyncRealtimeConnectionResource):
    async def delete(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Sends `conversation.item.delete`; see `RealtimeConversationItemResource.delete`."""
        await self._connection.send(build_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    async def create(
        self,
        *,
        item: ConversationItemParam,
        event_id: Union[str, Omit] = omit,
        previous_item_id: Union[str, Omit] = omit,
    ) -> None:
        """Sends `conversation.item.create`; see `RealtimeConversationItemResource.create`."""
        await self._connection.send(
            build_event("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)
        )

    async def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: Union[str, Omit] = omit
    ) -> None:
        """Sends `conversation.item.truncate`; see `RealtimeConversationItemResource.truncate`."""
        await self._connection.send(
            build_event(
                "conversation.item.truncate",
                audio_end_ms=audio_end_ms,
                content_index=content_index,
                item_id=item_id,
                event_id=event_id,
            )
        )

    async def retrieve(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Sends `conversation.item.retrieve`; see `RealtimeConversationItemResource.retrieve`."""
        await self._connection.send(build_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))


class AsyncRealtimeOutputAudioBufferResource(BaseAsyncRealtimeConnectionResource):
    async def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Sends `output_audio_buffer.clear`; see `RealtimeOutputAudioBufferResource.clear`."""
        await self._connection.send(build_event("output_audio_buffer.clear", event_id=event_id))
