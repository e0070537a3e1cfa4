"""The requests behind the Assistants helpers (`create_and_poll`, `stream`, ...): which fields of a
helper's arguments go into the body of `POST /threads/{id}/runs`, `POST /threads/runs` and
`POST /threads/{id}/runs/{id}/submit_tool_outputs`, and the POST itself, plain or streamed.

A helper passes its `locals()`; the field tuples say which of them are body fields, so the long
parameter lists are written once per signature and not a second time as a dict."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Tuple

import httpx

from .._base_client import make_request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, NotGiven, Query
from .._utils import async_maybe_transform, maybe_transform, path_template
from ..types.beta import thread_create_and_run_params
from ..types.beta.assistant_stream_event import AssistantStreamEvent
from ..types.beta.threads import run_create_params, run_submit_tool_outputs_params
from ..types.beta.threads.run import Run

__all__ = [
    "ASSISTANTS_DEPRECATED", "RUN_FIELDS", "THREAD_RUN_FIELDS", "body_of", "RunRequests", "AsyncRunRequests",
]  # fmt: skip

ASSISTANTS_DEPRECATED = "The Assistants API is deprecated: new code should use the Responses API"

RUN_FIELDS: Tuple[str, ...] = (
    "assistant_id", "additional_instructions", "additional_messages", "instructions", "max_completion_tokens",
    "max_prompt_tokens", "metadata", "model", "parallel_tool_calls", "reasoning_effort", "response_format",
    "temperature", "tool_choice", "tools", "top_p", "truncation_strategy",
)  # fmt: skip
THREAD_RUN_FIELDS: Tuple[str, ...] = (
    "assistant_id", "instructions", "max_completion_tokens", "max_prompt_tokens", "metadata", "model",
    "parallel_tool_calls", "response_format", "temperature", "thread", "tool_choice", "tool_resources", "tools",
    "top_p", "truncation_strategy",
)  # fmt: skip


def body_of(arguments: Mapping[str, Any], fields: Tuple[str, ...]) -> Dict[str, Any]:
    """The body fields among a helper's arguments (omitted ones are dropped by the transform)."""
    return {name: arguments[name] for name in fields}


def _streamed(body: Dict[str, Any], stream: bool) -> Dict[str, Any]:
    # the polling helpers leave `stream` out of the body, as a plain `create` call would
    return {**body, "stream": True} if stream else body


def _options(extra_headers: Headers | None, extra_query: Query | None, extra_body: Body | None,
             timeout: float | httpx.Timeout | None | NotGiven, stream: bool, query: Any = None) -> Any:
    # the header every Assistants call sends (config `headers` gives it to the generated ones)
    headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
    if stream:
        headers = {"Accept": "text/event-stream", **headers}
    return make_request_options(extra_headers=headers, extra_query=extra_query, extra_body=extra_body,
                                timeout=timeout, query=query)


class RunRequests:
    """The three run-creating POSTs of a sync resource, each as a `Run` or as an event stream."""

    def __init__(self, resource: SyncAPIResource, extra_headers: Headers | None = None,
                 extra_query: Query | None = None, extra_body: Body | None = None,
                 timeout: float | httpx.Timeout | None | NotGiven = NotGiven()) -> None:
        self._resource = resource
        self._extras = (extra_headers, extra_query, extra_body, timeout)

    def create_run(self, thread_id: str, body: Dict[str, Any], include: Any, *, stream: bool) -> Any:
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        return self._resource._post(
            path_template("/threads/{thread_id}/runs", thread_id=thread_id),
            body=maybe_transform(_streamed(body, stream), run_create_params.RunCreateParams),
            options=_options(*self._extras, stream=stream,
                             query=maybe_transform({"include[]": include}, run_create_params.RunCreateParams)),
            cast_to=Run, stream=stream, stream_cls=Stream[AssistantStreamEvent],
        )

    def create_thread_and_run(self, body: Dict[str, Any], *, stream: bool) -> Any:
        return self._resource._post(
            "/threads/runs",
            body=maybe_transform(_streamed(body, stream), thread_create_and_run_params.ThreadCreateAndRunParams),
            options=_options(*self._extras, stream=stream),
            cast_to=Run, stream=stream, stream_cls=Stream[AssistantStreamEvent],
        )

    def submit_tool_outputs(self, thread_id: str, run_id: str, tool_outputs: Any, *, stream: bool) -> Any:
        for name, value in (("thread_id", thread_id), ("run_id", run_id)):
            if not value:
                raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        return self._resource._post(
            path_template("/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", thread_id=thread_id,
                          run_id=run_id),
            body=maybe_transform(_streamed({"tool_outputs": tool_outputs}, stream),
                                 run_submit_tool_outputs_params.RunSubmitToolOutputsParams),
            options=_options(*self._extras, stream=stream),
            cast_to=Run, stream=stream, stream_cls=Stream[AssistantStreamEvent],
        )


class AsyncRunRequests:
    """`RunRequests` for an async resource: each call is awaited."""

    def __init__(self, resource: AsyncAPIResource, extra_headers: Headers | None = None,
                 extra_query: Query | None = None, extra_body: Body | None = None,
                 timeout: float | httpx.Timeout | None | NotGiven = NotGiven()) -> None:
        self._resource = resource
        self._extras = (extra_headers, extra_query, extra_body, timeout)

    async def create_run(self, thread_id: str, body: Dict[str, Any], include: Any, *, stream: bool) -> Any:
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        return await self._resource._post(
            path_template("/threads/{thread_id}/runs", thread_id=thread_id),
            body=await async_maybe_transform(_streamed(body, stream), run_create_params.RunCreateParams),
            options=_options(*self._extras, stream=stream, query=await async_maybe_transform(
                {"include[]": include}, run_create_params.RunCreateParams)),
            cast_to=Run, stream=stream, stream_cls=AsyncStream[AssistantStreamEvent],
        )

    async def create_thread_and_run(self, body: Dict[str, Any], *, stream: bool) -> Any:
        return await self._resource._post(
            "/threads/runs",
            body=await async_maybe_transform(_streamed(body, stream),
                                             thread_create_and_run_params.ThreadCreateAndRunParams),
            options=_options(*self._extras, stream=stream),
            cast_to=Run, stream=stream, stream_cls=AsyncStream[AssistantStreamEvent],
        )

    async def submit_tool_outputs(self, thread_id: str, run_id: str, tool_outputs: Any, *, stream: bool) -> Any:
        for name, value in (("thread_id", thread_id), ("run_id", run_id)):
            if not value:
                raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        return await self._resource._post(
            path_template("/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", thread_id=thread_id,
                          run_id=run_id),
            body=await async_maybe_transform(_streamed({"tool_outputs": tool_outputs}, stream),
                                             run_submit_tool_outputs_params.RunSubmitToolOutputsParams),
            options=_options(*self._extras, stream=stream),
            cast_to=Run, stream=stream, stream_cls=AsyncStream[AssistantStreamEvent],
        )
