# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.realtime.conversation_item_created_event import ConversationItemCreatedEvent
from ....types.beta.realtime.conversation_item_deleted_event import ConversationItemDeletedEvent
from ....types.beta.realtime.conversation_item_input_audio_transcription_completed_event import (
    ConversationItemInputAudioTranscriptionCompletedEvent,
)
from ....types.beta.realtime.conversation_item_input_audio_transcription_delta_event import (
    ConversationItemInputAudioTranscriptionDeltaEvent,
)
from ....types.beta.realtime.conversation_item_input_audio_transcription_failed_event import (
    ConversationItemInputAudioTranscriptionFailedEvent,
)
from ....types.beta.realtime.conversation_item_truncated_event import ConversationItemTruncatedEvent
from ....types.beta.realtime.error_event import ErrorEvent
from ....types.beta.realtime.input_audio_buffer_cleared_event import InputAudioBufferClearedEvent
from ....types.beta.realtime.input_audio_buffer_committed_event import InputAudioBufferCommittedEvent
from ....types.beta.realtime.input_audio_buffer_speech_started_event import InputAudioBufferSpeechStartedEvent
from ....types.beta.realtime.input_audio_buffer_speech_stopped_event import InputAudioBufferSpeechStoppedEvent
from ....types.beta.realtime.rate_limits_updated_event import RateLimitsUpdatedEvent
from ....types.beta.realtime.response_audio_delta_event import ResponseAudioDeltaEvent
from ....types.beta.realtime.response_audio_done_event import ResponseAudioDoneEvent
from ....types.beta.realtime.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from ....types.beta.realtime.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from ....types.beta.realtime.response_content_part_added_event import ResponseContentPartAddedEvent
from ....types.beta.realtime.response_content_part_done_event import ResponseContentPartDoneEvent
from ....types.beta.realtime.response_created_event import ResponseCreatedEvent
from ....types.beta.realtime.response_done_event import ResponseDoneEvent
from ....types.beta.realtime.response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from ....types.beta.realtime.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from ....types.beta.realtime.response_output_item_added_event import ResponseOutputItemAddedEvent
from ....types.beta.realtime.response_output_item_done_event import ResponseOutputItemDoneEvent
from ....types.beta.realtime.response_text_delta_event import ResponseTextDeltaEvent
from ....types.beta.realtime.response_text_done_event import ResponseTextDoneEvent
from ....types.beta.realtime.session_created_event import SessionCreatedEvent
from ....types.beta.realtime.session_updated_event import SessionUpdatedEvent
from ....types.beta.realtime.transcription_session_updated_event import TranscriptionSessionUpdatedEvent
from ....types.realtime.conversation_created_event import ConversationCreatedEvent
from ....types.realtime.conversation_item import ConversationItem

__all__ = [
    "ConversationItemRetrieved",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "OutputAudioBufferCleared",
    "RealtimeServerEvent",
]


class ConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: ConversationItem
    """A single item within a Realtime conversation."""


class OutputAudioBufferStarted(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the server begins streaming audio to the client. This event is
    emitted after an audio content part has been added (`response.content_part.added`)
    to the response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc)."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.started"]
    """The event type, must be `output_audio_buffer.started`."""

    response_id: str
    """The unique ID of the response that produced the audio."""


class OutputAudioBufferStopped(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc)."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.stopped"]
    """The event type, must be `output_audio_buffer.stopped`."""

    response_id: str
    """The unique ID of the response that produced the audio."""


class OutputAudioBufferCleared(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This happens either in VAD
    mode when the user has interrupted (`input_audio_buffer.speech_started`),
    or when the client has emitted the `output_audio_buffer.clear` event to manually
    cut off the current audio response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc)."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.cleared"]
    """The event type, must be `output_audio_buffer.cleared`."""

    response_id: str
    """The unique ID of the response that produced the audio."""


RealtimeServerEvent: TypeAlias = Annotated[
    Union[
        ConversationCreatedEvent,
        ConversationItemCreatedEvent,
        ConversationItemDeletedEvent,
        ConversationItemInputAudioTranscriptionCompletedEvent,
        ConversationItemInputAudioTranscriptionDeltaEvent,
        ConversationItemInputAudioTranscriptionFailedEvent,
        ConversationItemRetrieved,
        ConversationItemTruncatedEvent,
        ErrorEvent,
        InputAudioBufferClearedEvent,
        InputAudioBufferCommittedEvent,
        InputAudioBufferSpeechStartedEvent,
        InputAudioBufferSpeechStoppedEvent,
        RateLimitsUpdatedEvent,
        ResponseAudioDeltaEvent,
        ResponseAudioDoneEvent,
        ResponseAudioTranscriptDeltaEvent,
        ResponseAudioTranscriptDoneEvent,
        ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent,
        ResponseCreatedEvent,
        ResponseDoneEvent,
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent,
        ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent,
        ResponseTextDeltaEvent,
        ResponseTextDoneEvent,
        SessionCreatedEvent,
        SessionUpdatedEvent,
        TranscriptionSessionUpdatedEvent,
        OutputAudioBufferStarted,
        OutputAudioBufferStopped,
        OutputAudioBufferCleared,
    ],
    PropertyInfo(discriminator="type"),
]
