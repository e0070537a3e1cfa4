# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_transcription import AudioTranscription as AudioTranscription
    from .audio_transcription_param import AudioTranscriptionParam as AudioTranscriptionParam
    from .call_accept_params import CallAcceptParams as CallAcceptParams
    from .call_create_params import CallCreateParams as CallCreateParams
    from .call_refer_params import CallReferParams as CallReferParams
    from .call_reject_params import CallRejectParams as CallRejectParams
    from .client_secret_create_params import ClientSecretCreateParams as ClientSecretCreateParams
    from .client_secret_create_response import ClientSecretCreateResponse as ClientSecretCreateResponse
    from .conversation_item_added import ConversationItemAdded as ConversationItemAdded
    from .conversation_item_create_event import ConversationItemCreateEvent as ConversationItemCreateEvent
    from .conversation_item_created_event import ConversationItemCreatedEvent as ConversationItemCreatedEvent
    from .conversation_item_delete_event import ConversationItemDeleteEvent as ConversationItemDeleteEvent
    from .conversation_item_deleted_event import ConversationItemDeletedEvent as ConversationItemDeletedEvent
    from .conversation_item_done import ConversationItemDone as ConversationItemDone
    from .conversation_item_input_audio_transcription_completed_event import (
        ConversationItemInputAudioTranscriptionCompletedEvent as ConversationItemInputAudioTranscriptionCompletedEvent,
    )
    from .conversation_item_input_audio_transcription_delta_event import (
        ConversationItemInputAudioTranscriptionDeltaEvent as ConversationItemInputAudioTranscriptionDeltaEvent,
    )
    from .conversation_item_input_audio_transcription_failed_event import (
        ConversationItemInputAudioTranscriptionFailedEvent as ConversationItemInputAudioTranscriptionFailedEvent,
    )
    from .conversation_item_input_audio_transcription_segment import (
        ConversationItemInputAudioTranscriptionSegment as ConversationItemInputAudioTranscriptionSegment,
    )
    from .conversation_item_retrieve_event import ConversationItemRetrieveEvent as ConversationItemRetrieveEvent
    from .conversation_item_truncate_event import ConversationItemTruncateEvent as ConversationItemTruncateEvent
    from .conversation_item_truncated_event import ConversationItemTruncatedEvent as ConversationItemTruncatedEvent
    from .input_audio_buffer_append_event import InputAudioBufferAppendEvent as InputAudioBufferAppendEvent
    from .input_audio_buffer_clear_event import InputAudioBufferClearEvent as InputAudioBufferClearEvent
    from .input_audio_buffer_cleared_event import InputAudioBufferClearedEvent as InputAudioBufferClearedEvent
    from .input_audio_buffer_commit_event import InputAudioBufferCommitEvent as InputAudioBufferCommitEvent
    from .input_audio_buffer_committed_event import InputAudioBufferCommittedEvent as InputAudioBufferCommittedEvent
    from .input_audio_buffer_dtmf_event_received_event import (
        InputAudioBufferDtmfEventReceivedEvent as InputAudioBufferDtmfEventReceivedEvent,
    )
    from .input_audio_buffer_speech_started_event import (
        InputAudioBufferSpeechStartedEvent as InputAudioBufferSpeechStartedEvent,
    )
    from .input_audio_buffer_speech_stopped_event import (
        InputAudioBufferSpeechStoppedEvent as InputAudioBufferSpeechStoppedEvent,
    )
    from .input_audio_buffer_timeout_triggered import (
        InputAudioBufferTimeoutTriggered as InputAudioBufferTimeoutTriggered,
    )
    from .log_prob_properties import LogProbProperties as LogProbProperties
    from .mcp_list_tools_completed import McpListToolsCompleted as McpListToolsCompleted
    from .mcp_list_tools_failed import McpListToolsFailed as McpListToolsFailed
    from .mcp_list_tools_in_progress import McpListToolsInProgress as McpListToolsInProgress
    from .noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .output_audio_buffer_clear_event import OutputAudioBufferClearEvent as OutputAudioBufferClearEvent
    from .rate_limits_updated_event import RateLimitsUpdatedEvent as RateLimitsUpdatedEvent
    from .realtime_audio_formats import RealtimeAudioFormats as RealtimeAudioFormats
    from .realtime_audio_formats_param import RealtimeAudioFormatsParam as RealtimeAudioFormatsParam
    from .realtime_error_event import RealtimeErrorEvent as RealtimeErrorEvent
    from .realtime_mcp_approval_request import RealtimeMcpApprovalRequest as RealtimeMcpApprovalRequest
    from .realtime_mcp_approval_response import RealtimeMcpApprovalResponse as RealtimeMcpApprovalResponse
    from .realtime_mcp_list_tools import RealtimeMcpListTools as RealtimeMcpListTools
    from .realtime_mcp_protocol_error import RealtimeMcpProtocolError as RealtimeMcpProtocolError
    from .realtime_mcp_tool_call import RealtimeMcpToolCall as RealtimeMcpToolCall
    from .realtime_mcp_tool_execution_error import RealtimeMcpToolExecutionError as RealtimeMcpToolExecutionError
    from .realtime_mcphttp_error import RealtimeMcphttpError as RealtimeMcphttpError
    from .realtime_reasoning import RealtimeReasoning as RealtimeReasoning
    from .realtime_reasoning_effort import RealtimeReasoningEffort as RealtimeReasoningEffort
    from .realtime_reasoning_param import RealtimeReasoningParam as RealtimeReasoningParam
    from .realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool as RealtimeResponseCreateMcpTool
    from .realtime_response_create_mcp_tool_param import (
        RealtimeResponseCreateMcpToolParam as RealtimeResponseCreateMcpToolParam,
    )
    from .realtime_response_create_params import RealtimeResponseCreateParams as RealtimeResponseCreateParams
    from .realtime_session_create_request import RealtimeSessionCreateRequest as RealtimeSessionCreateRequest
    from .realtime_session_create_request_param import (
        RealtimeSessionCreateRequestParam as RealtimeSessionCreateRequestParam,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_param import (
        RealtimeTranscriptionSessionCreateRequestParam as RealtimeTranscriptionSessionCreateRequestParam,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_truncation import RealtimeTruncation as RealtimeTruncation
    from .realtime_truncation_param import RealtimeTruncationParam as RealtimeTruncationParam
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_cancel_event import ResponseCancelEvent as ResponseCancelEvent
    from .response_create_event import ResponseCreateEvent as ResponseCreateEvent
    from .response_done_event import ResponseDoneEvent as ResponseDoneEvent
    from .response_mcp_call_arguments_delta import ResponseMcpCallArgumentsDelta as ResponseMcpCallArgumentsDelta
    from .response_mcp_call_arguments_done import ResponseMcpCallArgumentsDone as ResponseMcpCallArgumentsDone
    from .response_mcp_call_completed import ResponseMcpCallCompleted as ResponseMcpCallCompleted
    from .response_mcp_call_failed import ResponseMcpCallFailed as ResponseMcpCallFailed
    from .response_mcp_call_in_progress import ResponseMcpCallInProgress as ResponseMcpCallInProgress
    from .session_created_event import SessionCreatedEvent as SessionCreatedEvent
    from .session_update_event import SessionUpdateEvent as SessionUpdateEvent
    from .session_updated_event import SessionUpdatedEvent as SessionUpdatedEvent

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS = {
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionParam": "audio_transcription_param",
    "CallAcceptParams": "call_accept_params",
    "CallCreateParams": "call_create_params",
    "CallReferParams": "call_refer_params",
    "CallRejectParams": "call_reject_params",
    "ClientSecretCreateParams": "client_secret_create_params",
    "ClientSecretCreateResponse": "client_secret_create_response",
    "ConversationItemAdded": "conversation_item_added",
    "ConversationItemCreateEvent": "conversation_item_create_event",
    "ConversationItemCreatedEvent": "conversation_item_created_event",
    "ConversationItemDeleteEvent": "conversation_item_delete_event",
    "ConversationItemDeletedEvent": "conversation_item_deleted_event",
    "ConversationItemDone": "conversation_item_done",
    "ConversationItemInputAudioTranscriptionCompletedEvent": "conversation_item_input_audio_transcription_completed_event",
    "ConversationItemInputAudioTranscriptionDeltaEvent": "conversation_item_input_audio_transcription_delta_event",
    "ConversationItemInputAudioTranscriptionFailedEvent": "conversation_item_input_audio_transcription_failed_event",
    "ConversationItemInputAudioTranscriptionSegment": "conversation_item_input_audio_transcription_segment",
    "ConversationItemRetrieveEvent": "conversation_item_retrieve_event",
    "ConversationItemTruncateEvent": "conversation_item_truncate_event",
    "ConversationItemTruncatedEvent": "conversation_item_truncated_event",
    "InputAudioBufferAppendEvent": "input_audio_buffer_append_event",
    "InputAudioBufferClearEvent": "input_audio_buffer_clear_event",
    "InputAudioBufferClearedEvent": "input_audio_buffer_cleared_event",
    "InputAudioBufferCommitEvent": "input_audio_buffer_commit_event",
    "InputAudioBufferCommittedEvent": "input_audio_buffer_committed_event",
    "InputAudioBufferDtmfEventReceivedEvent": "input_audio_buffer_dtmf_event_received_event",
    "InputAudioBufferSpeechStartedEvent": "input_audio_buffer_speech_started_event",
    "InputAudioBufferSpeechStoppedEvent": "input_audio_buffer_speech_stopped_event",
    "InputAudioBufferTimeoutTriggered": "input_audio_buffer_timeout_triggered",
    "LogProbProperties": "log_prob_properties",
    "McpListToolsCompleted": "mcp_list_tools_completed",
    "McpListToolsFailed": "mcp_list_tools_failed",
    "McpListToolsInProgress": "mcp_list_tools_in_progress",
    "NoiseReductionType": "noise_reduction_type",
    "OutputAudioBufferClearEvent": "output_audio_buffer_clear_event",
    "RateLimitsUpdatedEvent": "rate_limits_updated_event",
    "RealtimeAudioFormats": "realtime_audio_formats",
    "RealtimeAudioFormatsParam": "realtime_audio_formats_param",
    "RealtimeErrorEvent": "realtime_error_event",
    "RealtimeMcpApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMcpApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMcpListTools": "realtime_mcp_list_tools",
    "RealtimeMcpProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMcpToolCall": "realtime_mcp_tool_call",
    "RealtimeMcpToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeMcphttpError": "realtime_mcphttp_error",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeReasoningParam": "realtime_reasoning_param",
    "RealtimeResponseCreateMcpTool": "realtime_response_create_mcp_tool",
    "RealtimeResponseCreateMcpToolParam": "realtime_response_create_mcp_tool_param",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestParam": "realtime_session_create_request_param",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestParam": "realtime_transcription_session_create_request_param",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTruncation": "realtime_truncation",
    "RealtimeTruncationParam": "realtime_truncation_param",
    "ResponseAudioDeltaEvent": "response_audio_delta_event",
    "ResponseAudioDoneEvent": "response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": "response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": "response_audio_transcript_done_event",
    "ResponseCancelEvent": "response_cancel_event",
    "ResponseCreateEvent": "response_create_event",
    "ResponseDoneEvent": "response_done_event",
    "ResponseMcpCallArgumentsDelta": "response_mcp_call_arguments_delta",
    "ResponseMcpCallArgumentsDone": "response_mcp_call_arguments_done",
    "ResponseMcpCallCompleted": "response_mcp_call_completed",
    "ResponseMcpCallFailed": "response_mcp_call_failed",
    "ResponseMcpCallInProgress": "response_mcp_call_in_progress",
    "SessionCreatedEvent": "session_created_event",
    "SessionUpdateEvent": "session_update_event",
    "SessionUpdatedEvent": "session_updated_event",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
