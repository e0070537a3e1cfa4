"""Accumulating a Responses stream: text snapshots on the way, the parsed response at the end."""

from __future__ import annotations

from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Optional,
    Tuple,
    TypeVar,
    cast,
)

import httpx

from ...._streaming import AsyncStream, Stream
from ...._types import Omit, omit
from ....types.responses.parsed_response import ParsedResponse
from ....types.responses.response import Response
from ....types.responses.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent
from ..._parsing._completions import is_response_format_type, parse_content
from ..._parsing._responses import parse_response
from ._events import (
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)

TextFormatT = TypeVar("TextFormatT")

# events whose `response` is the response as it ended
TERMINAL_EVENTS = ("response.completed", "response.incomplete", "response.failed")


class ResponseStreamState(Generic[TextFormatT]):
    """What a Responses stream has delivered so far; `handle_event` returns the event to hand on."""

    def __init__(self, *, text_format: type[TextFormatT] | Any | Omit = omit, input_tools: Any = omit) -> None:
        self._text_format = text_format
        self._tools = input_tools
        self._texts: Dict[Tuple[int, int], str] = {}
        self._arguments: Dict[int, str] = {}
        self._final: Optional[Response] = None
        self._latest: Optional[Response] = None

    def handle_event(self, event: RawResponseStreamEvent) -> ResponseStreamEvent[TextFormatT]:
        values: Dict[str, Any] = dict(event)
        if event.type == "response.output_text.delta":
            key = (event.output_index, event.content_index)
            self._texts[key] = self._texts.get(key, "") + event.delta
            values["snapshot"] = self._texts[key]
            return ResponseTextDeltaEvent.model_construct(**values)
        if event.type == "response.output_text.done":
            parsed: Any = None
            if is_response_format_type(self._text_format):
                parsed = parse_content(self._text_format, event.text)
            values["parsed"] = parsed
            return ResponseTextDoneEvent[Any].model_construct(**values)
        if event.type == "response.function_call_arguments.delta":
            self._arguments[event.output_index] = self._arguments.get(event.output_index, "") + event.delta
            values["snapshot"] = self._arguments[event.output_index]
            return ResponseFunctionCallArgumentsDeltaEvent.model_construct(**values)
        response = getattr(event, "response", None)
        if isinstance(response, Response):
            self._latest = response
            if event.type in TERMINAL_EVENTS:
                self._final = response
        return event

    @property
    def current_response_snapshot(self) -> Optional[Response]:
        """The latest whole response the server sent (with `response.created`, `.in_progress`...)."""
        return self._latest

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        if self._final is None:
            raise RuntimeError("the stream ended before the response did (no response.completed event)")
        parsed = parse_response(text_format=self._text_format, input_tools=self._tools, response=self._final)
        return cast("ParsedResponse[TextFormatT]", parsed)


class ResponseStream(Generic[TextFormatT]):
    def __init__(self, *, raw_stream: Stream[RawResponseStreamEvent], state: ResponseStreamState[TextFormatT]) -> None:
        self._raw_stream = raw_stream
        self._state = state
        self._events = self._iterate()
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        return self._raw_stream.response

    def _iterate(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        for event in self._raw_stream:
            yield self._state.handle_event(event)

    def __iter__(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        return self._events

    def __next__(self) -> ResponseStreamEvent[TextFormatT]:
        return next(self._events)

    def until_done(self) -> ResponseStream[TextFormatT]:
        if not self._closed:
            for _ in self._events:
                pass
        return self

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """The response as it ended, parsed as `responses.parse` parses it."""
        self.until_done()
        return self._state.get_final_response()

    def close(self) -> None:
        self._closed = True
        self._raw_stream.close()


class ResponseStreamManager(Generic[TextFormatT]):
    """The context manager `responses.stream(...)` returns: the request is made on entry."""

    def __init__(
        self,
        make_request: Callable[[], Stream[RawResponseStreamEvent]],
        *,
        text_format: type[TextFormatT] | Any | Omit,
        input_tools: Any,
    ) -> None:
        self._make_request = make_request
        self._state = ResponseStreamState[TextFormatT](text_format=text_format, input_tools=input_tools)
        self._stream: Optional[ResponseStream[TextFormatT]] = None

    def __enter__(self) -> ResponseStream[TextFormatT]:
        self._stream = ResponseStream(raw_stream=self._make_request(), state=self._state)
        return self._stream

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncResponseStream(Generic[TextFormatT]):
    def __init__(
        self, *, raw_stream: AsyncStream[RawResponseStreamEvent], state: ResponseStreamState[TextFormatT]
    ) -> None:
        self._raw_stream = raw_stream
        self._state = state
        self._events = self._iterate()
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        return self._raw_stream.response

    async def _iterate(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        async for event in self._raw_stream:
            yield self._state.handle_event(event)

    def __aiter__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        return self._events

    async def __anext__(self) -> ResponseStreamEvent[TextFormatT]:
        return await self._events.__anext__()

    async def until_done(self) -> AsyncResponseStream[TextFormatT]:
        if not self._closed:
            async for _ in self._events:
                pass
        return self

    async def get_final_response(self) -> ParsedResponse[TextFormatT]:
        await self.until_done()
        return self._state.get_final_response()

    async def close(self) -> None:
        self._closed = True
        await self._raw_stream.close()


class AsyncResponseStreamManager(Generic[TextFormatT]):
    def __init__(
        self,
        make_request: Callable[[], Awaitable[AsyncStream[RawResponseStreamEvent]]],
        *,
        text_format: type[TextFormatT] | Any | Omit,
        input_tools: Any,
    ) -> None:
        self._make_request = make_request
        self._state = ResponseStreamState[TextFormatT](text_format=text_format, input_tools=input_tools)
        self._stream: Optional[AsyncResponseStream[TextFormatT]] = None

    async def __aenter__(self) -> AsyncResponseStream[TextFormatT]:
        self._stream = AsyncResponseStream(raw_stream=await self._make_request(), state=self._state)
        return self._stream

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


__all__: List[str] = [
    "ResponseStreamState", "ResponseStream", "ResponseStreamManager", "AsyncResponseStream",
    "AsyncResponseStreamManager",
]  # fmt: skip
