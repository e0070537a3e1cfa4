# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.response_audio_delta_event import ResponseAudioDeltaEvent
from ..types.response_audio_done_event import ResponseAudioDoneEvent
from ..types.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from ..types.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from ..types.response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
from ..types.response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
from ..types.response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
from ..types.response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
from ..types.response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
from ..types.response_completed_event import ResponseCompletedEvent
from ..types.response_content_part_added_event import ResponseContentPartAddedEvent
from ..types.response_content_part_done_event import ResponseContentPartDoneEvent
from ..types.response_created_event import ResponseCreatedEvent
from ..types.response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
from ..types.response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
from ..types.response_error_event import ResponseErrorEvent
from ..types.response_failed_event import ResponseFailedEvent
from ..types.response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
from ..types.response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
from ..types.response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
from ..types.response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from ..types.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from ..types.response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from ..types.response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from ..types.response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from ..types.response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
from ..types.response_in_progress_event import ResponseInProgressEvent
from ..types.response_incomplete_event import ResponseIncompleteEvent
from ..types.response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
from ..types.response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
from ..types.response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
from ..types.response_mcp_call_failed_event import ResponseMCPCallFailedEvent
from ..types.response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
from ..types.response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
from ..types.response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
from ..types.response_mcp_list_tools_in_progress_event import ResponseMCPListToolsInProgressEvent
from ..types.response_output_item_added_event import ResponseOutputItemAddedEvent
from ..types.response_output_item_done_event import ResponseOutputItemDoneEvent
from ..types.response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from ..types.response_queued_event import ResponseQueuedEvent
from ..types.response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from ..types.response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from ..types.response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from ..types.response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from ..types.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from ..types.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from ..types.response_refusal_delta_event import ResponseRefusalDeltaEvent
from ..types.response_refusal_done_event import ResponseRefusalDoneEvent
from ..types.response_text_delta_event import ResponseTextDeltaEvent
from ..types.response_text_done_event import ResponseTextDoneEvent
from ..types.response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
from ..types.response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
from ..types.response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

__all__ = [
    "ResponseStreamEvent",
]


ResponseStreamEvent: TypeAlias = Annotated[
    Union[
        ResponseAudioDeltaEvent,
        ResponseAudioDoneEvent,
        ResponseAudioTranscriptDeltaEvent,
        ResponseAudioTranscriptDoneEvent,
        ResponseCodeInterpreterCallCodeDeltaEvent,
        ResponseCodeInterpreterCallCodeDoneEvent,
        ResponseCodeInterpreterCallCompletedEvent,
        ResponseCodeInterpreterCallInProgressEvent,
        ResponseCodeInterpreterCallInterpretingEvent,
        ResponseCompletedEvent,
        ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent,
        ResponseCreatedEvent,
        ResponseErrorEvent,
        ResponseFileSearchCallCompletedEvent,
        ResponseFileSearchCallInProgressEvent,
        ResponseFileSearchCallSearchingEvent,
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent,
        ResponseInProgressEvent,
        ResponseFailedEvent,
        ResponseIncompleteEvent,
        ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent,
        ResponseReasoningSummaryPartAddedEvent,
        ResponseReasoningSummaryPartDoneEvent,
        ResponseReasoningSummaryTextDeltaEvent,
        ResponseReasoningSummaryTextDoneEvent,
        ResponseReasoningTextDeltaEvent,
        ResponseReasoningTextDoneEvent,
        ResponseRefusalDeltaEvent,
        ResponseRefusalDoneEvent,
        ResponseTextDeltaEvent,
        ResponseTextDoneEvent,
        ResponseWebSearchCallCompletedEvent,
        ResponseWebSearchCallInProgressEvent,
        ResponseWebSearchCallSearchingEvent,
        ResponseImageGenCallCompletedEvent,
        ResponseImageGenCallGeneratingEvent,
        ResponseImageGenCallInProgressEvent,
        ResponseImageGenCallPartialImageEvent,
        ResponseMCPCallArgumentsDeltaEvent,
        ResponseMCPCallArgumentsDoneEvent,
        ResponseMCPCallCompletedEvent,
        ResponseMCPCallFailedEvent,
        ResponseMCPCallInProgressEvent,
        ResponseMCPListToolsCompletedEvent,
        ResponseMCPListToolsFailedEvent,
        ResponseMCPListToolsInProgressEvent,
        ResponseOutputTextAnnotationAddedEvent,
        ResponseQueuedEvent,
        ResponseCustomToolCallInputDeltaEvent,
        ResponseCustomToolCallInputDoneEvent,
    ],
    PropertyInfo(discriminator="type"),
]
