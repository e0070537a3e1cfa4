"""Accumulating a chat completion stream into events and a final, parsed completion."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Generic, Iterator, List, Optional, TypeVar, cast

import httpx
import pydantic_core

from ...._streaming import AsyncStream, Stream
from ...._types import Omit, omit
from ....types.chat.chat_completion import ChatCompletion
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_token_logprob import ChatCompletionTokenLogprob
from ....types.chat.parsed_chat_completion import ParsedChatCompletion
from ..._parsing._completions import is_response_format_type, parse_chat_completion
from ..._tools import PydanticFunctionTool
from ._events import (
    ChatCompletionStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)
from ._types import ParsedChatCompletionSnapshot

ResponseFormatT = TypeVar("ResponseFormatT")


def _partial_json(text: str) -> object:
    """`text` read as the start of a JSON value (strings, lists and objects closed where they
    stop); None while nothing can be read yet."""
    try:
        return pydantic_core.from_json(text, allow_partial=True)
    except ValueError:
        return None


@dataclass
class _ToolCallState:
    index: int
    id: Optional[str] = None
    type: str = "function"
    name: str = ""
    arguments: str = ""
    done: bool = False


@dataclass
class _ChoiceState:
    index: int
    role: Optional[str] = None
    content: Optional[str] = None
    refusal: Optional[str] = None
    finish_reason: Optional[str] = None
    tool_calls: Dict[int, _ToolCallState] = field(default_factory=lambda: {})
    open_tool: Optional[int] = None
    logprobs_content: Optional[List[ChatCompletionTokenLogprob]] = None
    logprobs_refusal: Optional[List[ChatCompletionTokenLogprob]] = None

    def message(self) -> Dict[str, Any]:
        message: Dict[str, Any] = {"role": self.role or "assistant", "content": self.content, "refusal": self.refusal}
        if self.tool_calls:
            message["tool_calls"] = [
                {"id": t.id or "", "type": t.type, "function": {"name": t.name, "arguments": t.arguments}}
                for _, t in sorted(self.tool_calls.items())
            ]
        return message


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """The completion a stream has delivered so far. Feed it every chunk with `handle_chunk`,
    which returns the events that chunk makes; `get_final_completion` once the stream is done."""

    def __init__(
        self,
        *,
        response_format: type[ResponseFormatT] | Any | Omit = omit,
        input_tools: Any = omit,
    ) -> None:
        self._response_format = response_format
        self._tools: List[Any] = [] if isinstance(input_tools, Omit) else list(input_tools)
        self._choices: Dict[int, _ChoiceState] = {}
        self._last: Optional[ChatCompletionChunk] = None
        self._usage: Any = None

    # ----- the accumulated completion --------------------------------------------------------

    def _completion(self) -> ChatCompletion:
        last = self._last
        if last is None:
            raise RuntimeError("no chunk was received: the stream ended before the first one")
        data: Dict[str, Any] = {
            "id": last.id,
            "object": "chat.completion",
            "created": last.created,
            "model": last.model,
            "system_fingerprint": last.system_fingerprint,
            "service_tier": last.service_tier,
            "usage": self._usage.to_dict() if self._usage is not None else None,
            "choices": [
                {
                    "index": c.index,
                    "finish_reason": c.finish_reason or "stop",
                    "message": c.message(),
                    "logprobs": None
                    if c.logprobs_content is None and c.logprobs_refusal is None
                    else {
                        "content": None if c.logprobs_content is None else [t.to_dict() for t in c.logprobs_content],
                        "refusal": None if c.logprobs_refusal is None else [t.to_dict() for t in c.logprobs_refusal],
                    },
                }
                for _, c in sorted(self._choices.items())
            ],
        }
        return ChatCompletion.construct(**data)

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """The completion so far; `parsed` and `parsed_arguments` are filled in only at the end."""
        return parse_chat_completion(
            response_format=omit, input_tools=omit, chat_completion=self._completion(), check_finish_reason=False
        )

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """The whole completion, parsed as `chat.completions.parse` parses it (the same errors
        for a `length` or `content_filter` finish)."""
        parsed = parse_chat_completion(
            response_format=self._response_format, input_tools=self._tools, chat_completion=self._completion()
        )
        return cast("ParsedChatCompletion[ResponseFormatT]", parsed)

    # ----- events ------------------------------------------------------------------------------

    def handle_chunk(self, chunk: ChatCompletionChunk) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        self._last = chunk
        if chunk.usage is not None:
            self._usage = chunk.usage
        events: List[ChatCompletionStreamEvent[ResponseFormatT]] = []
        deltas: List[ChatCompletionStreamEvent[ResponseFormatT]] = []
        for choice in chunk.choices:
            state = self._choices.setdefault(choice.index, _ChoiceState(choice.index))
            delta = choice.delta
            if delta.role is not None:
                state.role = delta.role
            if delta.content is not None:  # the role chunk's "" too, as the official helper reports it
                state.content = (state.content or "") + delta.content
                partial = _partial_json(state.content) if is_response_format_type(self._response_format) else None
                deltas.append(
                    ContentDeltaEvent(type="content.delta", delta=delta.content, snapshot=state.content, parsed=partial)
                )
            if delta.refusal:
                state.refusal = (state.refusal or "") + delta.refusal
                deltas.append(RefusalDeltaEvent(type="refusal.delta", delta=delta.refusal, snapshot=state.refusal))
            for call in delta.tool_calls or []:
                if state.open_tool is not None and state.open_tool != call.index:
                    deltas.append(self._tool_done(state, state.tool_calls[state.open_tool]))
                tool = state.tool_calls.setdefault(call.index, _ToolCallState(call.index))
                state.open_tool = call.index
                if call.id:
                    tool.id = call.id
                if call.type:
                    tool.type = call.type
                function = call.function
                if function is not None:
                    tool.name += function.name or ""
                    if function.arguments:
                        tool.arguments += function.arguments
                        deltas.append(
                            FunctionToolCallArgumentsDeltaEvent(
                                type="tool_calls.function.arguments.delta",
                                name=tool.name,
                                index=tool.index,
                                arguments=tool.arguments,
                                parsed_arguments=self._partial_arguments(tool),
                                arguments_delta=function.arguments,
                            )
                        )
            logprobs = choice.logprobs
            if logprobs is not None and logprobs.content:
                state.logprobs_content = (state.logprobs_content or []) + list(logprobs.content)
                deltas.append(
                    LogprobsContentDeltaEvent(
                        type="logprobs.content.delta", content=list(logprobs.content), snapshot=state.logprobs_content
                    )
                )
            if logprobs is not None and logprobs.refusal:
                state.logprobs_refusal = (state.logprobs_refusal or []) + list(logprobs.refusal)
                deltas.append(
                    LogprobsRefusalDeltaEvent(
                        type="logprobs.refusal.delta", refusal=list(logprobs.refusal), snapshot=state.logprobs_refusal
                    )
                )
            if choice.finish_reason is not None:
                state.finish_reason = choice.finish_reason
                deltas.extend(self._choice_done(state))
        events.append(ChunkEvent(type="chunk", chunk=chunk, snapshot=self.current_completion_snapshot))
        events.extend(deltas)
        return events

    def _partial_arguments(self, tool: _ToolCallState) -> object:
        if self._tool_definition(tool.name) is None:
            return None
        return _partial_json(tool.arguments)

    def _tool_definition(self, name: str) -> Optional[Any]:
        for tool in self._tools:
            if not isinstance(tool, dict):
                continue
            function: Any = cast(Dict[str, Any], tool).get("function")
            if isinstance(function, dict) and cast(Dict[str, Any], function).get("name") == name:
                if cast(Dict[str, Any], function).get("strict"):
                    return cast(Any, tool)
        return None

    def _tool_done(self, state: _ChoiceState, tool: _ToolCallState) -> FunctionToolCallArgumentsDoneEvent:
        tool.done = True
        state.open_tool = None
        definition = self._tool_definition(tool.name)
        parsed: object = None
        if isinstance(definition, PydanticFunctionTool):
            parsed = definition.model.model_validate_json(tool.arguments)
        elif definition is not None:
            parsed = json.loads(tool.arguments)
        return FunctionToolCallArgumentsDoneEvent(
            type="tool_calls.function.arguments.done",
            name=tool.name,
            index=tool.index,
            arguments=tool.arguments,
            parsed_arguments=parsed,
        )

    def _choice_done(self, state: _ChoiceState) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        done: List[ChatCompletionStreamEvent[ResponseFormatT]] = []
        if state.content and state.finish_reason not in ("length", "content_filter"):
            parsed: Any = None
            if is_response_format_type(self._response_format) and not state.refusal:
                from ..._parsing._completions import parse_content

                parsed = parse_content(self._response_format, state.content)
            done.append(ContentDoneEvent[Any](type="content.done", content=state.content, parsed=parsed))
        if state.refusal is not None:
            done.append(RefusalDoneEvent(type="refusal.done", refusal=state.refusal))
        if state.open_tool is not None:
            done.append(self._tool_done(state, state.tool_calls[state.open_tool]))
        if state.logprobs_content is not None:
            done.append(LogprobsContentDoneEvent(type="logprobs.content.done", content=state.logprobs_content))
        if state.logprobs_refusal is not None:
            done.append(LogprobsRefusalDoneEvent(type="logprobs.refusal.done", refusal=state.logprobs_refusal))
        return done


class ChatCompletionStream(Generic[ResponseFormatT]):
    """What `with client.chat.completions.stream(...) as stream` gives: iterate it for events."""

    def __init__(
        self, *, raw_stream: Stream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
    ) -> None:
        self._raw_stream = raw_stream
        self._state = state
        self._events = self._iterate()
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        return self._raw_stream.response

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        return self._state.current_completion_snapshot

    def _iterate(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        for chunk in self._raw_stream:
            yield from self._state.handle_chunk(chunk)

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        return self._events

    def __next__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return next(self._events)

    def until_done(self) -> ChatCompletionStream[ResponseFormatT]:
        """Reads the rest of the stream (nothing once the `with` block has closed it)."""
        if not self._closed:
            for _ in self._events:
                pass
        return self

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        self.until_done()
        return self._state.get_final_completion()

    def close(self) -> None:
        self._closed = True
        self._raw_stream.close()


class ChatCompletionStreamManager(Generic[ResponseFormatT]):
    """The context manager `chat.completions.stream(...)` returns: the request is made on entry,
    and the connection closed on exit."""

    def __init__(
        self,
        make_request: Callable[[], Stream[ChatCompletionChunk]],
        *,
        response_format: type[ResponseFormatT] | Any | Omit,
        input_tools: Any,
    ) -> None:
        self._make_request = make_request
        self._response_format = response_format
        self._input_tools = input_tools
        self._stream: Optional[ChatCompletionStream[ResponseFormatT]] = None

    def __enter__(self) -> ChatCompletionStream[ResponseFormatT]:
        state = ChatCompletionStreamState[ResponseFormatT](
            response_format=self._response_format, input_tools=self._input_tools
        )
        self._stream = ChatCompletionStream(raw_stream=self._make_request(), state=state)
        return self._stream

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStream(Generic[ResponseFormatT]):
    """The async `ChatCompletionStream`: `async for event in stream`."""

    def __init__(
        self, *, raw_stream: AsyncStream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
    ) -> None:
        self._raw_stream = raw_stream
        self._state = state
        self._events = self._iterate()
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        return self._raw_stream.response

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        return self._state.current_completion_snapshot

    async def _iterate(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        async for chunk in self._raw_stream:
            for event in self._state.handle_chunk(chunk):
                yield event

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        return self._events

    async def __anext__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return await self._events.__anext__()

    async def until_done(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        if not self._closed:
            async for _ in self._events:
                pass
        return self

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        await self.until_done()
        return self._state.get_final_completion()

    async def close(self) -> None:
        self._closed = True
        await self._raw_stream.close()


class AsyncChatCompletionStreamManager(Generic[ResponseFormatT]):
    def __init__(
        self,
        make_request: Callable[[], Awaitable[AsyncStream[ChatCompletionChunk]]],
        *,
        response_format: type[ResponseFormatT] | Any | Omit,
        input_tools: Any,
    ) -> None:
        self._make_request = make_request
        self._response_format = response_format
        self._input_tools = input_tools
        self._stream: Optional[AsyncChatCompletionStream[ResponseFormatT]] = None

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        state = ChatCompletionStreamState[ResponseFormatT](
            response_format=self._response_format, input_tools=self._input_tools
        )
        self._stream = AsyncChatCompletionStream(raw_stream=await self._make_request(), state=state)
        return self._stream

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
