# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.realtime.conversation_created_event import ConversationCreatedEvent
from ...types.realtime.conversation_item_added import ConversationItemAdded
from ...types.realtime.conversation_item_created_event import ConversationItemCreatedEvent
from ...types.realtime.conversation_item_deleted_event import ConversationItemDeletedEvent
from ...types.realtime.conversation_item_done import ConversationItemDone
from ...types.realtime.conversation_item_input_audio_transcription_completed_event import (
    ConversationItemInputAudioTranscriptionCompletedEvent,
)
from ...types.realtime.conversation_item_input_audio_transcription_delta_event import (
    ConversationItemInputAudioTranscriptionDeltaEvent,
)
from ...types.realtime.conversation_item_input_audio_transcription_failed_event import (
    ConversationItemInputAudioTranscriptionFailedEvent,
)
from ...types.realtime.conversation_item_input_audio_transcription_segment import (
    ConversationItemInputAudioTranscriptionSegment,
)
from ...types.realtime.conversation_item_truncated_event import ConversationItemTruncatedEvent
from ...types.realtime.input_audio_buffer_cleared_event import InputAudioBufferClearedEvent
from ...types.realtime.input_audio_buffer_committed_event import InputAudioBufferCommittedEvent
from ...types.realtime.input_audio_buffer_dtmf_event_received_event import InputAudioBufferDtmfEventReceivedEvent
from ...types.realtime.input_audio_buffer_speech_started_event import InputAudioBufferSpeechStartedEvent
from ...types.realtime.input_audio_buffer_speech_stopped_event import InputAudioBufferSpeechStoppedEvent
from ...types.realtime.input_audio_buffer_timeout_triggered import InputAudioBufferTimeoutTriggered
from ...types.realtime.mcp_list_tools_completed import McpListToolsCompleted
from ...types.realtime.mcp_list_tools_failed import McpListToolsFailed
from ...types.realtime.mcp_list_tools_in_progress import McpListToolsInProgress
from ...types.realtime.rate_limits_updated_event import RateLimitsUpdatedEvent
from ...types.realtime.realtime_error_event import RealtimeErrorEvent
from ...types.realtime.response_audio_delta_event import ResponseAudioDeltaEvent
from ...types.realtime.response_audio_done_event import ResponseAudioDoneEvent
from ...types.realtime.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from ...types.realtime.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from ...types.realtime.response_content_part_added_event import ResponseContentPartAddedEvent
from ...types.realtime.response_content_part_done_event import ResponseContentPartDoneEvent
from ...types.realtime.response_created_event import ResponseCreatedEvent
from ...types.realtime.response_done_event import ResponseDoneEvent
from ...types.realtime.response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from ...types.realtime.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from ...types.realtime.response_mcp_call_arguments_delta import ResponseMcpCallArgumentsDelta
from ...types.realtime.response_mcp_call_arguments_done import ResponseMcpCallArgumentsDone
from ...types.realtime.response_mcp_call_completed import ResponseMcpCallCompleted
from ...types.realtime.response_mcp_call_failed import ResponseMcpCallFailed
from ...types.realtime.response_mcp_call_in_progress import ResponseMcpCallInProgress
from ...types.realtime.response_output_item_added_event import ResponseOutputItemAddedEvent
from ...types.realtime.response_output_item_done_event import ResponseOutputItemDoneEvent
from ...types.realtime.response_text_delta_event import ResponseTextDeltaEvent
from ...types.realtime.response_text_done_event import ResponseTextDoneEvent
from ...types.realtime.session_created_event import SessionCreatedEvent
from ...types.realtime.session_updated_event import SessionUpdatedEvent
from ...types.realtime_server_event_conversation_item_retrieved import RealtimeServerEventConversationItemRetrieved
from ...types.realtime_server_event_output_audio_buffer_cleared import RealtimeServerEventOutputAudioBufferCleared
from ...types.realtime_server_event_output_audio_buffer_started import RealtimeServerEventOutputAudioBufferStarted
from ...types.realtime_server_event_output_audio_buffer_stopped import RealtimeServerEventOutputAudioBufferStopped

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
        RealtimeServerEventConversationItemRetrieved,
        ConversationItemTruncatedEvent,
        RealtimeErrorEvent,
        InputAudioBufferClearedEvent,
        InputAudioBufferCommittedEvent,
        InputAudioBufferDtmfEventReceivedEvent,
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
        RealtimeServerEventOutputAudioBufferStarted,
        RealtimeServerEventOutputAudioBufferStopped,
        RealtimeServerEventOutputAudioBufferCleared,
        ConversationItemAdded,
        ConversationItemDone,
        InputAudioBufferTimeoutTriggered,
        ConversationItemInputAudioTranscriptionSegment,
        McpListToolsInProgress,
        McpListToolsCompleted,
        McpListToolsFailed,
        ResponseMcpCallArgumentsDelta,
        ResponseMcpCallArgumentsDone,
        ResponseMcpCallInProgress,
        ResponseMcpCallCompleted,
        ResponseMcpCallFailed,
    ],
    PropertyInfo(discriminator="type"),
]
"""A realtime server event."""
