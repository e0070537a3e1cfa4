# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

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
from ....types.realtime_beta_server_event_conversation_item_retrieved import (
    RealtimeBetaServerEventConversationItemRetrieved,
)
from ....types.realtime_server_event_output_audio_buffer_cleared import RealtimeServerEventOutputAudioBufferCleared
from ....types.realtime_server_event_output_audio_buffer_started import RealtimeServerEventOutputAudioBufferStarted
from ....types.realtime_server_event_output_audio_buffer_stopped import RealtimeServerEventOutputAudioBufferStopped

__all__ = [
    "RealtimeServerEvent",
]


RealtimeServerEvent: TypeAlias = Annotated[
    Union[
        ConversationCreatedEvent,
        ConversationItemCreatedEvent,
        ConversationItemDeletedEvent,
        ConversationItemInputAudioTranscriptionCompletedEvent,
        ConversationItemInputAudioTranscriptionDeltaEvent,
        ConversationItemInputAudioTranscriptionFailedEvent,
        RealtimeBetaServerEventConversationItemRetrieved,
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
        RealtimeServerEventOutputAudioBufferStarted,
        RealtimeServerEventOutputAudioBufferStopped,
        RealtimeServerEventOutputAudioBufferCleared,
    ],
    PropertyInfo(discriminator="type"),
]
