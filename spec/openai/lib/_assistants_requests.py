# The helpers call the deprecated Assistants methods on purpose (and warn themselves).
# pyright: reportDeprecated=false
"""The requests behind the Assistants helpers (`create_and_poll`, `stream`, ...): the generated
`runs.create`, `threads.create_and_run` and `runs.submit_tool_outputs`, plain or with
`stream=True`, called with the body fields among a helper's arguments.

A helper passes its `locals()`; the field tuples say which of them are body fields, so the long
parameter lists are written once per signature and not a second time as a dict."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Mapping, Tuple, cast

import httpx

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..resources.beta.threads.runs.runs import AsyncRuns, Runs
    from ..resources.beta.threads.threads import AsyncThreads, Threads

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


def _untyped(method: Any) -> Any:
    """The generated method without its `@deprecated` wrapper: the helper has warned once already.
    Untyped because the body arrives as a dict (see `body_of`), so no overload can be chosen
    statically; the generated method still checks and transforms every field."""
    function = method.__func__
    return getattr(function, "__wrapped__", function).__get__(method.__self__)


def _stream_flag(stream: bool) -> Dict[str, Any]:
    # the polling helpers leave `stream` out, as a plain `create` call would
    return {"stream": True} if stream else {}


class RunRequests:
    """The three run-creating calls of a sync resource, each as a `Run` or as an event stream."""

    def __init__(self, resource: SyncAPIResource, extra_headers: Headers | None = None,
                 extra_query: Query | None = None, extra_body: Body | None = None,
                 timeout: float | httpx.Timeout | None | NotGiven = NotGiven()) -> None:
        self._resource = resource
        self._extras: Dict[str, Any] = {"extra_headers": extra_headers, "extra_query": extra_query,
                                        "extra_body": extra_body, "timeout": timeout}

    def create_run(self, thread_id: str, body: Dict[str, Any], include: Any, *, stream: bool) -> Any:
        runs = cast("Runs", self._resource)
        return _untyped(runs.create)(thread_id, **body, include=include, **_stream_flag(stream), **self._extras)

    def create_thread_and_run(self, body: Dict[str, Any], *, stream: bool) -> Any:
        threads = cast("Threads", self._resource)
        return _untyped(threads.create_and_run)(**body, **_stream_flag(stream), **self._extras)

    def submit_tool_outputs(self, thread_id: str, run_id: str, tool_outputs: Any, *, stream: bool) -> Any:
        runs = cast("Runs", self._resource)
        return _untyped(runs.submit_tool_outputs)(run_id, thread_id=thread_id, tool_outputs=tool_outputs,
                                        **_stream_flag(stream), **self._extras)


class AsyncRunRequests:
    """`RunRequests` for an async resource: each call is awaited."""

    def __init__(self, resource: AsyncAPIResource, extra_headers: Headers | None = None,
                 extra_query: Query | None = None, extra_body: Body | None = None,
                 timeout: float | httpx.Timeout | None | NotGiven = NotGiven()) -> None:
        self._resource = resource
        self._extras: Dict[str, Any] = {"extra_headers": extra_headers, "extra_query": extra_query,
                                        "extra_body": extra_body, "timeout": timeout}

    async def create_run(self, thread_id: str, body: Dict[str, Any], include: Any, *, stream: bool) -> Any:
        runs = cast("AsyncRuns", self._resource)
        return await _untyped(runs.create)(thread_id, **body, include=include, **_stream_flag(stream), **self._extras)

    async def create_thread_and_run(self, body: Dict[str, Any], *, stream: bool) -> Any:
        threads = cast("AsyncThreads", self._resource)
        return await _untyped(threads.create_and_run)(**body, **_stream_flag(stream), **self._extras)

    async def submit_tool_outputs(self, thread_id: str, run_id: str, tool_outputs: Any, *, stream: bool) -> Any:
        runs = cast("AsyncRuns", self._resource)
        return await _untyped(runs.submit_tool_outputs)(run_id, thread_id=thread_id, tool_outputs=tool_outputs,
                                              **_stream_flag(stream), **self._extras)
