# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.realtime.conversation_item_create_event import ConversationItemCreateEvent
from ...types.realtime.conversation_item_delete_event import ConversationItemDeleteEvent
from ...types.realtime.conversation_item_retrieve_event import ConversationItemRetrieveEvent
from ...types.realtime.conversation_item_truncate_event import ConversationItemTruncateEvent
from ...types.realtime.input_audio_buffer_append_event import InputAudioBufferAppendEvent
from ...types.realtime.input_audio_buffer_clear_event import InputAudioBufferClearEvent
from ...types.realtime.input_audio_buffer_commit_event import InputAudioBufferCommitEvent
from ...types.realtime.output_audio_buffer_clear_event import OutputAudioBufferClearEvent
from ...types.realtime.response_cancel_event import ResponseCancelEvent
from ...types.realtime.response_create_event import ResponseCreateEvent
from ...types.realtime.session_update_event import SessionUpdateEvent

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
        OutputAudioBufferClearEvent,
        InputAudioBufferCommitEvent,
        ResponseCancelEvent,
        ResponseCreateEvent,
        SessionUpdateEvent,
    ],
    PropertyInfo(discriminator="type"),
]
"""A realtime client event."""
