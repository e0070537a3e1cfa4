# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.responses.response_audio_delta_event import ResponseAudioDeltaEvent
from ...types.responses.response_audio_done_event import ResponseAudioDoneEvent
from ...types.responses.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from ...types.responses.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from ...types.responses.response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
from ...types.responses.response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
from ...types.responses.response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
from ...types.responses.response_code_interpreter_call_in_progress_event import (
    ResponseCodeInterpreterCallInProgressEvent,
)
from ...types.responses.response_code_interpreter_call_interpreting_event import (
    ResponseCodeInterpreterCallInterpretingEvent,
)
from ...types.responses.response_completed_event import ResponseCompletedEvent
from ...types.responses.response_content_part_added_event import ResponseContentPartAddedEvent
from ...types.responses.response_content_part_done_event import ResponseContentPartDoneEvent
from ...types.responses.response_created_event import ResponseCreatedEvent
from ...types.responses.response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
from ...types.responses.response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
from ...types.responses.response_error_event import ResponseErrorEvent
from ...types.responses.response_failed_event import ResponseFailedEvent
from ...types.responses.response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
from ...types.responses.response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
from ...types.responses.response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
from ...types.responses.response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from ...types.responses.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from ...types.responses.response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from ...types.responses.response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from ...types.responses.response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from ...types.responses.response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
from ...types.responses.response_in_progress_event import ResponseInProgressEvent
from ...types.responses.response_incomplete_event import ResponseIncompleteEvent
from ...types.responses.response_mcp_call_arguments_delta_event import ResponseMcpCallArgumentsDeltaEvent
from ...types.responses.response_mcp_call_arguments_done_event import ResponseMcpCallArgumentsDoneEvent
from ...types.responses.response_mcp_call_completed_event import ResponseMcpCallCompletedEvent
from ...types.responses.response_mcp_call_failed_event import ResponseMcpCallFailedEvent
from ...types.responses.response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent
from ...types.responses.response_mcp_list_tools_completed_event import ResponseMcpListToolsCompletedEvent
from ...types.responses.response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent
from ...types.responses.response_mcp_list_tools_in_progress_event import ResponseMcpListToolsInProgressEvent
from ...types.responses.response_output_item_added_event import ResponseOutputItemAddedEvent
from ...types.responses.response_output_item_done_event import ResponseOutputItemDoneEvent
from ...types.responses.response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from ...types.responses.response_queued_event import ResponseQueuedEvent
from ...types.responses.response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from ...types.responses.response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from ...types.responses.response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from ...types.responses.response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from ...types.responses.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from ...types.responses.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from ...types.responses.response_refusal_delta_event import ResponseRefusalDeltaEvent
from ...types.responses.response_refusal_done_event import ResponseRefusalDoneEvent
from ...types.responses.response_text_delta_event import ResponseTextDeltaEvent
from ...types.responses.response_text_done_event import ResponseTextDoneEvent
from ...types.responses.response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
from ...types.responses.response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
from ...types.responses.response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

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
        ResponseMcpCallArgumentsDeltaEvent,
        ResponseMcpCallArgumentsDoneEvent,
        ResponseMcpCallCompletedEvent,
        ResponseMcpCallFailedEvent,
        ResponseMcpCallInProgressEvent,
        ResponseMcpListToolsCompletedEvent,
        ResponseMcpListToolsFailedEvent,
        ResponseMcpListToolsInProgressEvent,
        ResponseOutputTextAnnotationAddedEvent,
        ResponseQueuedEvent,
        ResponseCustomToolCallInputDeltaEvent,
        ResponseCustomToolCallInputDoneEvent,
    ],
    PropertyInfo(discriminator="type"),
]
