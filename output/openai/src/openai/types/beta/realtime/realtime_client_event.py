# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

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
from ....types.realtime_beta_client_event_output_audio_buffer_clear import RealtimeBetaClientEventOutputAudioBufferClear

__all__ = [
    "RealtimeClientEvent",
]


RealtimeClientEvent: TypeAlias = Annotated[
    Union[
        ConversationItemCreateEvent,
        ConversationItemDeleteEvent,
        ConversationItemRetrieveEvent,
        ConversationItemTruncateEvent,
        InputAudioBufferAppendEvent,
        InputAudioBufferClearEvent,
        RealtimeBetaClientEventOutputAudioBufferClear,
        InputAudioBufferCommitEvent,
        ResponseCancelEvent,
        ResponseCreateEvent,
        SessionUpdateEvent,
        TranscriptionSessionUpdate,
    ],
    PropertyInfo(discriminator="type"),
]
