"""Assistants run streams: the event handler that accumulates a run's events into snapshots and
calls its hooks, and the context managers `runs.stream(...)` and friends return.

The accumulation is shared by the sync and the async handler: `_RunAccumulator.handle` takes one
event, updates the snapshots and returns the hook calls that event makes, in order; each handler
only calls (or awaits) them."""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import (
    Any,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Set,
    Tuple,
    Type,
    TypeVar,
    cast,
)

import httpx

from ..._exceptions import APITimeoutError
from ..._models import construct_type
from ..._streaming import AsyncStream, Stream
from ...types.beta.assistant_stream_event import AssistantStreamEvent
from ...types.beta.threads.image_file import ImageFile
from ...types.beta.threads.message import Message
from ...types.beta.threads.message_content import MessageContent
from ...types.beta.threads.message_delta import MessageDelta
from ...types.beta.threads.run import Run
from ...types.beta.threads.text import Text
from ...types.beta.threads.text_delta import TextDelta
from ...types.beta.threads.runs.run_step import RunStep
from ...types.beta.threads.runs.run_step_delta import RunStepDelta
from ...types.beta.threads.runs.tool_call import ToolCall
from ...types.beta.threads.runs.tool_call_delta import ToolCallDelta

__all__ = [
    "AssistantEventHandler", "AsyncAssistantEventHandler", "AssistantEventHandlerT", "AsyncAssistantEventHandlerT",
    "AssistantStreamManager", "AsyncAssistantStreamManager",
]  # fmt: skip

_Json = Dict[str, Any]
_HookCall = Tuple[str, Tuple[Any, ...]]

# what a timeout looks like while the body is read (the runtime raises APITimeoutError for it)
_TIMEOUTS: Tuple[Type[Exception], ...] = (APITimeoutError, httpx.TimeoutException, asyncio.TimeoutError, TimeoutError)

_RUN_EVENTS = frozenset({
    "thread.run.created", "thread.run.queued", "thread.run.in_progress", "thread.run.requires_action",
    "thread.run.completed", "thread.run.incomplete", "thread.run.failed", "thread.run.cancelling",
    "thread.run.cancelled", "thread.run.expired",
})  # fmt: skip
_STEP_ENDS = frozenset({
    "thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled", "thread.run.step.expired",
})  # fmt: skip

# Empty values a new content part / tool call / output starts from, so that a snapshot built from
# deltas alone has its strings and lists (the first delta of a part rarely carries all of them).
_SEEDS: Dict[str, _Json] = {
    "text": {"text": {"value": "", "annotations": []}},
    "refusal": {"refusal": ""},
    "function": {"function": {"name": "", "arguments": "", "output": None}},
    "code_interpreter": {"code_interpreter": {"input": "", "outputs": []}},
    "logs": {"logs": ""},
}


# ----- merging deltas ---------------------------------------------------------------------------


def _seeded(entry: _Json) -> _Json:
    seed = _SEEDS.get(cast(str, entry.get("type")))
    return _merge(seed, entry) if seed is not None else entry


def _position(items: List[Any], index: int) -> Optional[int]:
    """Where the entry with this `index` is: the dict carrying it, else (for entries of a full
    object, which carry none) the one at that position."""
    for position, item in enumerate(items):
        if isinstance(item, dict) and cast(_Json, item).get("index") == index:
            return position
    if index < len(items) and isinstance(items[index], dict) and "index" not in cast(_Json, items[index]):
        return index
    return None


def _merge_list(acc: List[Any], delta: List[Any]) -> List[Any]:
    if not delta or not all(isinstance(entry, dict) and isinstance(cast(_Json, entry).get("index"), int)
                            for entry in delta):
        return [*acc, *delta]
    merged = list(acc)
    for entry in cast(List[_Json], delta):
        position = _position(merged, entry["index"])
        if position is None:
            merged.append(_seeded(entry))
        else:
            merged[position] = _merge(merged[position], entry)
    return merged


def _merge(acc: _Json, delta: _Json) -> _Json:
    """`acc` with `delta` applied, as a new dict (neither argument is changed): strings are
    concatenated, `index` and `type` replaced, dicts merged, lists of dicts merged by the `index`
    of each entry, other lists extended and other values replaced; a `None` in the delta keeps
    what was there."""
    merged = dict(acc)
    for key, value in delta.items():
        old = merged.get(key)
        if old is None or key == "index" or key == "type":
            merged[key] = value
        elif value is None:
            continue
        elif isinstance(old, str) and isinstance(value, str):
            merged[key] = old + value
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(cast(_Json, old), cast(_Json, value))
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = _merge_list(cast("List[object]", old), cast("List[object]", value))
        else:
            merged[key] = value
    return merged


def _dump(model: Any) -> _Json:
    return cast(_Json, model.to_dict(warnings=False))


# ----- snapshots --------------------------------------------------------------------------------


def _content(message: Message) -> List[MessageContent]:
    # a message built from a partial object (a delta with no `created` before it) may lack it
    content: Optional[List[MessageContent]] = getattr(message, "content", None)
    return content if content is not None else []


class _MessageState:
    """A message being streamed: its snapshot, and its content parts as dicts keyed by index."""

    __slots__ = ("message", "parts", "positions", "started")

    def __init__(self, message: Message) -> None:
        self.message = message
        self.parts: Dict[int, _Json] = {}
        self.started: Set[int] = set()  # the indexes deltas came for (`on_text_created` made)
        self.positions: Dict[int, int] = {index: index for index in range(len(_content(message)))}

    def part(self, index: int) -> Optional[MessageContent]:
        position = self.positions.get(index)
        return None if position is None else _content(self.message)[position]

    def apply(self, index: int, delta: _Json) -> None:
        """Merges a content delta in (a new index makes a new part)."""
        position = self.positions.get(index)
        if position is None:
            part = _seeded(delta)
        else:
            previous = self.parts.get(index)
            part = _merge(previous if previous is not None else _dump(_content(self.message)[position]), delta)
        self.parts[index] = part
        content = list(_content(self.message))
        built = cast(MessageContent, construct_type(type_=MessageContent, value=part))
        if position is None:
            self.positions[index] = len(content)
            content.append(built)
        else:
            content[position] = built
        self.message = self.message.model_copy(update={"content": content})

    def replace(self, message: Message) -> None:
        self.message = message
        self.parts = {}
        self.positions = {index: index for index in range(len(_content(message)))}


class _StepState:
    """A run step being streamed: its snapshot, and the same as a dict once deltas arrive."""

    __slots__ = ("step", "data", "started")

    def __init__(self, step: RunStep) -> None:
        self.step = step
        self.data: Optional[_Json] = None
        self.started: Set[int] = set()  # the tool call indexes deltas came for

    def apply(self, delta: _Json) -> None:
        self.data = _merge(self.data if self.data is not None else _dump(self.step), delta)
        self.step = cast(RunStep, construct_type(type_=RunStep, value=self.data))

    def replace(self, step: RunStep) -> None:
        self.step = step
        self.data = None

    def tool_call(self, index: int) -> Optional[ToolCall]:
        details: Any = getattr(self.step, "step_details", None)
        calls: Any = getattr(details, "tool_calls", None)
        if not isinstance(calls, list):
            return None
        for position, call in enumerate(cast(List[ToolCall], calls)):
            if getattr(call, "index", position) == index:
                return call
        return None


def _content_done(part: Optional[MessageContent]) -> List[_HookCall]:
    if part is None:
        return []
    if part.type == "text":
        return [("on_text_done", (part.text,))]
    if part.type == "image_file":
        image_file: ImageFile = part.image_file
        return [("on_image_file_done", (image_file,))]
    return []


class _RunAccumulator:
    """The state of one run stream, updated event by event."""

    def __init__(self) -> None:
        self.event: Optional[AssistantStreamEvent] = None
        self.run: Optional[Run] = None
        self.messages: Dict[str, _MessageState] = {}
        self.message_id: Optional[str] = None
        self.steps: Dict[str, _StepState] = {}
        self.step_id: Optional[str] = None
        # the content part (message id, index) and tool call (step id, index) deltas last went to
        self.open_part: Optional[Tuple[str, int]] = None
        self.open_tool: Optional[Tuple[str, int]] = None

    @property
    def message_snapshot(self) -> Optional[Message]:
        state = self.messages.get(self.message_id) if self.message_id is not None else None
        return state.message if state is not None else None

    @property
    def step_snapshot(self) -> Optional[RunStep]:
        state = self.steps.get(self.step_id) if self.step_id is not None else None
        return state.step if state is not None else None

    def _message(self, message_id: str) -> _MessageState:
        state = self.messages.get(message_id)
        if state is None:  # a delta without the message's `created` event: start from nothing
            message = cast(Message, construct_type(
                type_=Message, value={"id": message_id, "object": "thread.message", "content": []}))
            state = self.messages[message_id] = _MessageState(message)
        return state

    def _step(self, step_id: str) -> _StepState:
        state = self.steps.get(step_id)
        if state is None:
            step = cast(RunStep, construct_type(type_=RunStep, value={"id": step_id, "object": "thread.run.step"}))
            state = self.steps[step_id] = _StepState(step)
        return state

    def _close_part(self) -> List[_HookCall]:
        if self.open_part is None:
            return []
        message_id, index = self.open_part
        self.open_part = None
        state = self.messages.get(message_id)
        return _content_done(state.part(index) if state is not None else None)

    def _close_tool(self) -> List[_HookCall]:
        if self.open_tool is None:
            return []
        step_id, index = self.open_tool
        self.open_tool = None
        state = self.steps.get(step_id)
        call = state.tool_call(index) if state is not None else None
        return [] if call is None else [("on_tool_call_done", (call,))]

    def handle(self, event: AssistantStreamEvent) -> List[_HookCall]:
        self.event = event
        calls: List[_HookCall] = [("on_event", (event,))]
        name = event.event
        if name in _RUN_EVENTS:
            self.run = cast(Run, event.data)
            calls.extend(self._close_tool())
        elif event.event == "thread.message.created":
            calls.extend(self._close_part())
            self.messages[event.data.id] = _MessageState(event.data)
            self.message_id = event.data.id
            calls.append(("on_message_created", (event.data,)))
        elif event.event == "thread.message.in_progress":
            if event.data.id not in self.messages:
                self.messages[event.data.id] = _MessageState(event.data)
            self.message_id = event.data.id
        elif event.event == "thread.message.delta":
            calls.extend(self._message_delta(event.data.id, event.data.delta))
        elif event.event == "thread.message.completed" or event.event == "thread.message.incomplete":
            state = self.messages.get(event.data.id)
            if state is None:
                state = self.messages[event.data.id] = _MessageState(event.data)
            else:
                state.replace(event.data)
            self.message_id = event.data.id
            if self.open_part is not None and self.open_part[0] == event.data.id:
                calls.extend(self._close_part())
            calls.append(("on_message_done", (event.data,)))
        elif event.event == "thread.run.step.created":
            calls.extend(self._close_tool())
            self.steps[event.data.id] = _StepState(event.data)
            self.step_id = event.data.id
            calls.append(("on_run_step_created", (event.data,)))
        elif event.event == "thread.run.step.in_progress":
            if event.data.id not in self.steps:
                self.steps[event.data.id] = _StepState(event.data)
            self.step_id = event.data.id
        elif event.event == "thread.run.step.delta":
            calls.extend(self._step_delta(event.data.id, event.data.delta))
        elif name in _STEP_ENDS:
            step = cast(RunStep, event.data)
            step_state = self.steps.get(step.id)
            if step_state is None:
                self.steps[step.id] = _StepState(step)
            else:
                step_state.replace(step)
            if self.open_tool is not None and self.open_tool[0] == step.id:
                calls.extend(self._close_tool())
            calls.append(("on_run_step_done", (step,)))
            if self.step_id == step.id:
                self.step_id = None
        return calls

    def _message_delta(self, message_id: str, delta: MessageDelta) -> List[_HookCall]:
        calls: List[_HookCall] = []
        state = self._message(message_id)
        self.message_id = message_id
        for part_delta in delta.content or []:
            key = (message_id, part_delta.index)
            if self.open_part != key:
                calls.extend(self._close_part())
            state.apply(part_delta.index, _dump(part_delta))
            self.open_part = key
            part = state.part(part_delta.index)
            first = part_delta.index not in state.started
            state.started.add(part_delta.index)
            if part is None or part.type != "text":
                continue
            if first:
                calls.append(("on_text_created", (part.text,)))
            if part_delta.type == "text" and part_delta.text is not None:
                calls.append(("on_text_delta", (part_delta.text, part.text)))
        calls.append(("on_message_delta", (delta, state.message)))
        return calls

    def _step_delta(self, step_id: str, delta: RunStepDelta) -> List[_HookCall]:
        calls: List[_HookCall] = []
        state = self._step(step_id)
        self.step_id = step_id
        state.apply(_dump(delta))
        details = delta.step_details
        if details is not None and details.type == "tool_calls":
            for call_delta in details.tool_calls or []:
                key = (step_id, call_delta.index)
                if self.open_tool != key:
                    calls.extend(self._close_tool())
                snapshot = state.tool_call(call_delta.index)
                if snapshot is None:
                    continue
                self.open_tool = key
                if call_delta.index not in state.started:
                    state.started.add(call_delta.index)
                    calls.append(("on_tool_call_created", (snapshot,)))
                calls.append(("on_tool_call_delta", (call_delta, snapshot)))
        calls.append(("on_run_step_delta", (delta, state.step)))
        return calls

    def text_values(self, event: AssistantStreamEvent) -> Iterator[str]:
        if event.event != "thread.message.delta":
            return
        for part_delta in event.data.delta.content or []:
            if part_delta.type == "text" and part_delta.text is not None and part_delta.text.value:
                yield part_delta.text.value

    def final_run(self) -> Run:
        if self.run is None:
            raise RuntimeError("the stream ended without a run event: there is no final run")
        return self.run


_IN_USE = ("this event handler already served a stream: make a new instance for each "
           "`runs.stream(...)` / `threads.create_and_run_stream(...)` call")  # fmt: skip
_NOT_STARTED = ("the event handler is not attached to a stream: pass it as `event_handler=` to "
                "`runs.stream(...)` (or another stream helper) and use the `with` block's value")  # fmt: skip


class AssistantEventHandler:
    """The events of an Assistants run stream, with hooks and accumulated snapshots.

    `with client.beta.threads.runs.stream(...) as stream:` gives the handler; iterate it for the
    events (`event.event` names them, `event.data` is the run, step, message or delta), or call
    `until_done()`. Subclass it and override the `on_*` hooks (no-ops here) to react while the
    stream is read; `on_text_delta` gets each text delta with the text accumulated so far, and so
    on. One instance serves one stream.
    """

    def __init__(self) -> None:
        self.__state = _RunAccumulator()
        self.__stream: Optional[Stream[AssistantStreamEvent]] = None
        self.__events = self.__iterate()

    # ----- the stream -------------------------------------------------------------------------

    def _ensure_unused(self) -> None:
        if self.__stream is not None:
            raise RuntimeError(_IN_USE)

    def _attach(self, stream: Stream[AssistantStreamEvent]) -> None:
        self._ensure_unused()
        self.__stream = stream

    def __iterate(self) -> Generator[AssistantStreamEvent, None, None]:
        stream = self.__stream
        if stream is None:
            raise RuntimeError(_NOT_STARTED)
        state = self.__state
        try:
            for event in stream:
                for hook, args in state.handle(event):
                    getattr(self, hook)(*args)
                yield event
        except _TIMEOUTS as exc:
            self.on_timeout()
            self.on_exception(exc)
            raise
        except Exception as exc:
            self.on_exception(exc)
            raise
        finally:
            self.on_end()

    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        return self.__events

    def __next__(self) -> AssistantStreamEvent:
        return next(self.__events)

    @property
    def text_deltas(self) -> Iterator[str]:
        """Just the text of the text deltas, as it arrives (reads the stream)."""
        state = self.__state
        for event in self.__events:
            yield from state.text_values(event)

    def until_done(self) -> None:
        """Reads the stream to its end (nothing once it is closed)."""
        for _ in self.__events:
            pass

    def close(self) -> None:
        """Stops reading (`on_end` runs if the stream had started) and closes the response."""
        try:
            self.__events.close()
        except ValueError:  # closed from inside a hook, while the events are being read
            pass
        if self.__stream is not None:
            self.__stream.close()

    # ----- accumulated state --------------------------------------------------------------------

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        """The last event received."""
        return self.__state.event

    @property
    def current_run(self) -> Optional[Run]:
        """The run as of the last run event."""
        return self.__state.run

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        """The message being streamed (or the last one), with the deltas so far applied."""
        return self.__state.message_snapshot

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        """The run step in progress with the deltas so far applied; None between steps."""
        return self.__state.step_snapshot

    def get_final_run(self) -> Run:
        """Reads the stream to its end and returns the run as of its last event (RuntimeError if
        there was none)."""
        self.until_done()
        return self.__state.final_run()

    def get_final_messages(self) -> List[Message]:
        """Reads the stream to its end and returns the messages it created, in order."""
        self.until_done()
        return [state.message for state in self.__state.messages.values()]

    def get_final_run_steps(self) -> List[RunStep]:
        """Reads the stream to its end and returns the run steps it went through, in order."""
        self.until_done()
        return [state.step for state in self.__state.steps.values()]

    # ----- hooks (no-ops) -----------------------------------------------------------------------

    def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the hooks it makes."""

    def on_run_step_created(self, run_step: RunStep) -> None:
        """A run step was created."""

    def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        """A run step delta: the delta as sent, and the step with every delta so far applied."""

    def on_run_step_done(self, run_step: RunStep) -> None:
        """A run step ended (completed, failed, cancelled or expired)."""

    def on_message_created(self, message: Message) -> None:
        """A message was created."""

    def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        """A message delta: the delta as sent, and the message with every delta so far applied."""

    def on_message_done(self, message: Message) -> None:
        """A message was completed (or ended incomplete)."""

    def on_text_created(self, text: Text) -> None:
        """A text content part started."""

    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        """A piece of text: the delta, and the text so far (`snapshot.value`)."""

    def on_text_done(self, text: Text) -> None:
        """A text content part is complete."""

    def on_image_file_done(self, image_file: ImageFile) -> None:
        """An image file content part is complete."""

    def on_tool_call_created(self, tool_call: ToolCall) -> None:
        """A tool call started."""

    def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None:
        """A tool call delta: the delta, and the tool call so far (e.g. the partial JSON of
        `snapshot.function.arguments`)."""

    def on_tool_call_done(self, tool_call: ToolCall) -> None:
        """A tool call is complete."""

    def on_end(self) -> None:
        """The stream ended: read to its end, closed, or failed (after `on_exception`)."""

    def on_exception(self, exception: Exception) -> None:
        """Reading the stream raised `exception` (re-raised after this hook)."""

    def on_timeout(self) -> None:
        """Reading the stream timed out (`on_exception` follows)."""


AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)


class AssistantStreamManager(Generic[AssistantEventHandlerT]):
    """What `runs.stream(...)` and the other stream helpers return: the request is sent when the
    `with` block is entered, which gives the event handler; the response is closed on exit."""

    def __init__(self, make_request: Callable[[], Stream[AssistantStreamEvent]], *,
                 event_handler: AssistantEventHandlerT) -> None:
        self.__make_request = make_request
        self.__handler = event_handler
        self.__entered = False

    def __enter__(self) -> AssistantEventHandlerT:
        handler = self.__handler
        handler._ensure_unused()  # pyright: ignore[reportPrivateUsage]
        stream = self.__make_request()
        handler._attach(stream)  # pyright: ignore[reportPrivateUsage]
        self.__entered = True
        return handler

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        if self.__entered:
            self.__handler.close()


class AsyncAssistantEventHandler:
    """The async `AssistantEventHandler`: `async for event in stream`, and `async def` hooks."""

    def __init__(self) -> None:
        self.__state = _RunAccumulator()
        self.__stream: Optional[AsyncStream[AssistantStreamEvent]] = None
        self.__events = self.__iterate()

    # ----- the stream -------------------------------------------------------------------------

    def _ensure_unused(self) -> None:
        if self.__stream is not None:
            raise RuntimeError(_IN_USE)

    def _attach(self, stream: AsyncStream[AssistantStreamEvent]) -> None:
        self._ensure_unused()
        self.__stream = stream

    async def __iterate(self) -> AsyncGenerator[AssistantStreamEvent, None]:
        stream = self.__stream
        if stream is None:
            raise RuntimeError(_NOT_STARTED)
        state = self.__state
        try:
            async for event in stream:
                for hook, args in state.handle(event):
                    await getattr(self, hook)(*args)
                yield event
        except _TIMEOUTS as exc:
            await self.on_timeout()
            await self.on_exception(exc)
            raise
        except Exception as exc:
            await self.on_exception(exc)
            raise
        finally:
            await self.on_end()

    def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        return self.__events

    async def __anext__(self) -> AssistantStreamEvent:
        return await self.__events.__anext__()

    @property
    def text_deltas(self) -> AsyncIterator[str]:
        """Just the text of the text deltas, as it arrives (`async for`; reads the stream)."""
        return self.__text_deltas()

    async def __text_deltas(self) -> AsyncIterator[str]:
        state = self.__state
        async for event in self.__events:
            for value in state.text_values(event):
                yield value

    async def until_done(self) -> None:
        """Reads the stream to its end (nothing once it is closed)."""
        async for _ in self.__events:
            pass

    async def close(self) -> None:
        """Stops reading (`on_end` runs if the stream had started) and closes the response."""
        try:
            await self.__events.aclose()
        except RuntimeError:  # closed from inside a hook, while the events are being read
            pass
        if self.__stream is not None:
            await self.__stream.close()

    # ----- accumulated state --------------------------------------------------------------------

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        """The last event received."""
        return self.__state.event

    @property
    def current_run(self) -> Optional[Run]:
        """The run as of the last run event."""
        return self.__state.run

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        """The message being streamed (or the last one), with the deltas so far applied."""
        return self.__state.message_snapshot

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        """The run step in progress with the deltas so far applied; None between steps."""
        return self.__state.step_snapshot

    async def get_final_run(self) -> Run:
        """Reads the stream to its end and returns the run as of its last event (RuntimeError if
        there was none)."""
        await self.until_done()
        return self.__state.final_run()

    async def get_final_messages(self) -> List[Message]:
        """Reads the stream to its end and returns the messages it created, in order."""
        await self.until_done()
        return [state.message for state in self.__state.messages.values()]

    async def get_final_run_steps(self) -> List[RunStep]:
        """Reads the stream to its end and returns the run steps it went through, in order."""
        await self.until_done()
        return [state.step for state in self.__state.steps.values()]

    # ----- hooks (no-ops) -----------------------------------------------------------------------

    async def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the hooks it makes."""

    async def on_run_step_created(self, run_step: RunStep) -> None:
        """A run step was created."""

    async def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        """A run step delta: the delta as sent, and the step with every delta so far applied."""

    async def on_run_step_done(self, run_step: RunStep) -> None:
        """A run step ended (completed, failed, cancelled or expired)."""

    async def on_message_created(self, message: Message) -> None:
        """A message was created."""

    async def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        """A message delta: the delta as sent, and the message with every delta so far applied."""

    async def on_message_done(self, message: Message) -> None:
        """A message was completed (or ended incomplete)."""

    async def on_text_created(self, text: Text) -> None:
        """A text content part started."""

    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        """A piece of text: the delta, and the text so far (`snapshot.value`)."""

    async def on_text_done(self, text: Text) -> None:
        """A text content part is complete."""

    async def on_image_file_done(self, image_file: ImageFile) -> None:
        """An image file content part is complete."""

    async def on_tool_call_created(self, tool_call: ToolCall) -> None:
        """A tool call started."""

    async def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None:
        """A tool call delta: the delta, and the tool call so far."""

    async def on_tool_call_done(self, tool_call: ToolCall) -> None:
        """A tool call is complete."""

    async def on_end(self) -> None:
        """The stream ended: read to its end, closed, or failed (after `on_exception`)."""

    async def on_exception(self, exception: Exception) -> None:
        """Reading the stream raised `exception` (re-raised after this hook)."""

    async def on_timeout(self) -> None:
        """Reading the stream timed out (`on_exception` follows)."""


AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """What the async stream helpers return (they are not awaited): `async with` sends the request
    and gives the event handler; the response is closed on exit."""

    def __init__(self, make_request: Callable[[], Awaitable[AsyncStream[AssistantStreamEvent]]], *,
                 event_handler: AsyncAssistantEventHandlerT) -> None:
        self.__make_request = make_request
        self.__handler = event_handler
        self.__entered = False

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        handler = self.__handler
        handler._ensure_unused()  # pyright: ignore[reportPrivateUsage]
        stream = await self.__make_request()
        handler._attach(stream)  # pyright: ignore[reportPrivateUsage]
        self.__entered = True
        return handler

    async def __aexit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                        tb: Optional[TracebackType]) -> None:
        if self.__entered:
            await self.__handler.close()
