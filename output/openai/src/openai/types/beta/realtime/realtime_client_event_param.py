# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ....types.beta.realtime.conversation_item_create_event_param import ConversationItemCreateEventParam
from ....types.beta.realtime.conversation_item_delete_event_param import ConversationItemDeleteEventParam
from ....types.beta.realtime.conversation_item_retrieve_event_param import ConversationItemRetrieveEventParam
from ....types.beta.realtime.conversation_item_truncate_event_param import ConversationItemTruncateEventParam
from ....types.beta.realtime.input_audio_buffer_append_event_param import InputAudioBufferAppendEventParam
from ....types.beta.realtime.input_audio_buffer_clear_event_param import InputAudioBufferClearEventParam
from ....types.beta.realtime.input_audio_buffer_commit_event_param import InputAudioBufferCommitEventParam
from ....types.beta.realtime.response_cancel_event_param import ResponseCancelEventParam
from ....types.beta.realtime.response_create_event_param import ResponseCreateEventParam
from ....types.beta.realtime.session_update_event_param import SessionUpdateEventParam
from ....types.beta.realtime.transcription_session_update_param import TranscriptionSessionUpdateParam

__all__ = [
    "OutputAudioBufferClear",
    "RealtimeClientEventParam",
]


class OutputAudioBufferClear(TypedDict, total=False):
    """**WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
    stop generating audio and emit a `output_audio_buffer.cleared` event. This
    event should be preceded by a `response.cancel` client event to stop the
    generation of the current response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc)."""

    event_id: str
    """The unique ID of the client event used for error handling."""

    type: Required[Literal["output_audio_buffer.clear"]]
    """The event type, must be `output_audio_buffer.clear`."""


RealtimeClientEventParam: TypeAlias = Union[
    ConversationItemCreateEventParam,
    ConversationItemDeleteEventParam,
    ConversationItemRetrieveEventParam,
    ConversationItemTruncateEventParam,
    InputAudioBufferAppendEventParam,
    InputAudioBufferClearEventParam,
    OutputAudioBufferClear,
    InputAudioBufferCommitEventParam,
    ResponseCancelEventParam,
    ResponseCreateEventParam,
    SessionUpdateEventParam,
    TranscriptionSessionUpdateParam,
]
