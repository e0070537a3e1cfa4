"""`runs.stream`, `runs.create_and_stream`, `runs.submit_tool_outputs_stream` and
`threads.create_and_run_stream`: a run's events as a context manager over an event handler
(lib/streaming/_assistants.py). The request is sent when the `with` block is entered.

The async methods are not coroutines: they return the manager, used as
`async with client.beta.threads.runs.stream(...) as stream:`."""

from __future__ import annotations

from typing import Iterable, Optional, Union, overload

import httpx
from typing_extensions import deprecated

from .._resource import AsyncAPIResource, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..types.assistant_supported_models import AssistantSupportedModels
from ..types.beta import thread_create_and_run_params
from ..types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ..types.beta.assistant_stream_event import AssistantStreamEvent
from ..types.beta.assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from ..types.beta.threads import run_create_params, run_submit_tool_outputs_params
from ..types.beta.threads.runs.run_step_include import RunStepInclude
from ..types.create_message_request_param import CreateMessageRequestParam
from ..types.create_thread_request_param import CreateThreadRequestParam
from ..types.parallel_tool_calls import ParallelToolCalls
from ..types.shared.reasoning_effort import ReasoningEffort
from ..types.shared_params.metadata import Metadata as MetadataParam
from ..types.truncation_object_param import TruncationObjectParam
from ._assistants_requests import (
    ASSISTANTS_DEPRECATED,
    RUN_FIELDS,
    THREAD_RUN_FIELDS,
    AsyncRunRequests,
    RunRequests,
    body_of,
)
from .streaming._assistants import (
    AssistantEventHandler,
    AssistantEventHandlerT,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
    AsyncAssistantEventHandlerT,
    AsyncAssistantStreamManager,
)

__all__ = ["RunsStreams", "AsyncRunsStreams", "ThreadsStreams", "AsyncThreadsStreams"]


def _required(name: str, value: str) -> None:
    if not value:
        raise ValueError(f"`{name}` must be a non-empty string, got {value!r}")


class RunsStreams(SyncAPIResource):
    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def stream(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def stream(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def stream(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Creates a run on the thread and streams its events: `with ... as stream` gives the event
        handler (`event_handler`, else a plain `AssistantEventHandler`)."""
        _required("thread_id", thread_id)
        requests = RunRequests(self, extra_headers, extra_query, extra_body, timeout)
        body = body_of(locals(), RUN_FIELDS)

        def make_request() -> Stream[AssistantStreamEvent]:
            stream: Stream[AssistantStreamEvent] = requests.create_run(thread_id, body, include, stream=True)
            return stream

        return AssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AssistantEventHandler()
        )

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_stream(
        self,
        *,
        assistant_id: str,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_stream(
        self,
        *,
        assistant_id: str,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_stream(
        self,
        *,
        assistant_id: str,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """`stream` without `include` (the older name)."""
        _required("thread_id", thread_id)
        requests = RunRequests(self, extra_headers, extra_query, extra_body, timeout)
        body = body_of(locals(), RUN_FIELDS)

        def make_request() -> Stream[AssistantStreamEvent]:
            stream: Stream[AssistantStreamEvent] = requests.create_run(thread_id, body, omit, stream=True)
            return stream

        return AssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AssistantEventHandler()
        )

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Submits the outputs of the tool calls a run asked for and streams the rest of the run's
        events."""
        _required("thread_id", thread_id)
        _required("run_id", run_id)
        requests = RunRequests(self, extra_headers, extra_query, extra_body, timeout)

        def make_request() -> Stream[AssistantStreamEvent]:
            stream: Stream[AssistantStreamEvent] = requests.submit_tool_outputs(
                thread_id, run_id, tool_outputs, stream=True
            )
            return stream

        return AssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AssistantEventHandler()
        )


class AsyncRunsStreams(AsyncAPIResource):
    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def stream(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def stream(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def stream(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Creates a run on the thread and streams its events: `async with ... as stream` gives the
        event handler (`event_handler`, else a plain `AsyncAssistantEventHandler`)."""
        _required("thread_id", thread_id)
        requests = AsyncRunRequests(self, extra_headers, extra_query, extra_body, timeout)
        body = body_of(locals(), RUN_FIELDS)

        async def make_request() -> AsyncStream[AssistantStreamEvent]:
            stream: AsyncStream[AssistantStreamEvent] = await requests.create_run(thread_id, body, include, stream=True)
            return stream

        return AsyncAssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AsyncAssistantEventHandler()
        )

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_stream(
        self,
        *,
        assistant_id: str,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_stream(
        self,
        *,
        assistant_id: str,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_stream(
        self,
        *,
        assistant_id: str,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """`stream` without `include` (the older name)."""
        _required("thread_id", thread_id)
        requests = AsyncRunRequests(self, extra_headers, extra_query, extra_body, timeout)
        body = body_of(locals(), RUN_FIELDS)

        async def make_request() -> AsyncStream[AssistantStreamEvent]:
            stream: AsyncStream[AssistantStreamEvent] = await requests.create_run(thread_id, body, omit, stream=True)
            return stream

        return AsyncAssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AsyncAssistantEventHandler()
        )

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Submits the outputs of the tool calls a run asked for and streams the rest of the run's
        events."""
        _required("thread_id", thread_id)
        _required("run_id", run_id)
        requests = AsyncRunRequests(self, extra_headers, extra_query, extra_body, timeout)

        async def make_request() -> AsyncStream[AssistantStreamEvent]:
            stream: AsyncStream[AssistantStreamEvent] = await requests.submit_tool_outputs(
                thread_id, run_id, tool_outputs, stream=True
            )
            return stream

        return AsyncAssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AsyncAssistantEventHandler()
        )


class ThreadsStreams(SyncAPIResource):
    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_stream(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_stream(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_stream(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Creates a thread and a run on it in one request, and streams the run's events."""
        requests = RunRequests(self, extra_headers, extra_query, extra_body, timeout)
        body = body_of(locals(), THREAD_RUN_FIELDS)

        def make_request() -> Stream[AssistantStreamEvent]:
            stream: Stream[AssistantStreamEvent] = requests.create_thread_and_run(body, stream=True)
            return stream

        return AssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AssistantEventHandler()
        )


class AsyncThreadsStreams(AsyncAPIResource):
    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_stream(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_stream(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_stream(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Creates a thread and a run on it in one request, and streams the run's events."""
        requests = AsyncRunRequests(self, extra_headers, extra_query, extra_body, timeout)
        body = body_of(locals(), THREAD_RUN_FIELDS)

        async def make_request() -> AsyncStream[AssistantStreamEvent]:
            stream: AsyncStream[AssistantStreamEvent] = await requests.create_thread_and_run(body, stream=True)
            return stream

        return AsyncAssistantStreamManager(
            make_request, event_handler=event_handler if event_handler is not None else AsyncAssistantEventHandler()
        )
