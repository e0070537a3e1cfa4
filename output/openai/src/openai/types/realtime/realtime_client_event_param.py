# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.realtime.conversation_item_create_event_param import ConversationItemCreateEventParam
from ...types.realtime.conversation_item_delete_event_param import ConversationItemDeleteEventParam
from ...types.realtime.conversation_item_retrieve_event_param import ConversationItemRetrieveEventParam
from ...types.realtime.conversation_item_truncate_event_param import ConversationItemTruncateEventParam
from ...types.realtime.input_audio_buffer_append_event_param import InputAudioBufferAppendEventParam
from ...types.realtime.input_audio_buffer_clear_event_param import InputAudioBufferClearEventParam
from ...types.realtime.input_audio_buffer_commit_event_param import InputAudioBufferCommitEventParam
from ...types.realtime.output_audio_buffer_clear_event_param import OutputAudioBufferClearEventParam
from ...types.realtime.response_cancel_event_param import ResponseCancelEventParam
from ...types.realtime.response_create_event_param import ResponseCreateEventParam
from ...types.realtime.session_update_event_param import SessionUpdateEventParam

__all__ = [
    "RealtimeClientEventParam",
]


RealtimeClientEventParam: TypeAlias = Union[
    ConversationItemCreateEventParam,
    ConversationItemDeleteEventParam,
    ConversationItemRetrieveEventParam,
    ConversationItemTruncateEventParam,
    InputAudioBufferAppendEventParam,
    InputAudioBufferClearEventParam,
    OutputAudioBufferClearEventParam,
    InputAudioBufferCommitEventParam,
    ResponseCancelEventParam,
    ResponseCreateEventParam,
    SessionUpdateEventParam,
]
"""A realtime client event."""
