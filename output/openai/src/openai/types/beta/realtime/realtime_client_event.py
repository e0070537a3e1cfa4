# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.realtime.conversation_item_create_event import ConversationItemCreateEvent
from ....types.beta.realtime.conversation_item_delete_event import ConversationItemDeleteEvent
from ....types.beta.realtime.conversation_item_retrieve_event import ConversationItemRetrieveEvent
from ....types.beta.realtime.conversation_item_truncate_event import ConversationItemTruncateEvent
from ....types.beta.realtime.input_audio_buffer_append_event import InputAudioBufferAppendEvent
from ....types.beta.realtime.input_audio_buffer_clear_event import InputAudioBufferClearEvent
from ....types.beta.realtime.input_audio_buffer_commit_event import InputAudioBufferCommitEvent
from ....types.beta.realtime.response_cancel_event import ResponseCancelEvent
from ....types.beta.realtime.response_create_event import ResponseCreateEvent
from ....types.beta.realtime.session_update_event import SessionUpdateEvent
from ....types.beta.realtime.transcription_session_update import TranscriptionSessionUpdate

__all__ = [
    "OutputAudioBufferClear",
    "RealtimeClientEvent",
]


class OutputAudioBufferClear(BaseModel):
    """**WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
    stop generating audio and emit a `output_audio_buffer.cleared` event. This
    event should be preceded by a `response.cancel` client event to stop the
    generation of the current response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc)."""

    event_id: Optional[str] = None
    """The unique ID of the client event used for error handling."""

    type: Literal["output_audio_buffer.clear"]
    """The event type, must be `output_audio_buffer.clear`."""


RealtimeClientEvent: TypeAlias = Annotated[
    Union[
        ConversationItemCreateEvent,
        ConversationItemDeleteEvent,
        ConversationItemRetrieveEvent,
        ConversationItemTruncateEvent,
        InputAudioBufferAppendEvent,
        InputAudioBufferClearEvent,
        OutputAudioBufferClear,
        InputAudioBufferCommitEvent,
        ResponseCancelEvent,
        ResponseCreateEvent,
        SessionUpdateEvent,
        TranscriptionSessionUpdate,
    ],
    PropertyInfo(discriminator="type"),
]
