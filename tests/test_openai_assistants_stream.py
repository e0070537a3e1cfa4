"""The Assistants run stream helpers of output/openai (hand-written in spec/openai/lib/streaming/
_assistants.py and lib/_assistants_streams.py): `beta.threads.runs.stream`, `create_and_stream`,
`submit_tool_outputs_stream` and `beta.threads.create_and_run_stream`, sync and async, against a
real HTTP server on 127.0.0.1 that answers with Assistants event streams.

The main stream: a run queued and in progress, a message whose text comes in pieces over two
content parts (with a file citation annotation in two pieces) plus an image file part, a code
interpreter step (input and logs in pieces), then a step with two parallel function calls whose
arguments come as partial JSON, and the run requiring action; the tool outputs stream completes it.
The expected hook calls, texts and arguments below are written out by hand from those pieces."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import warnings
from http.server import BaseHTTPRequestHandler
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import ROOT, send_json, serve

pytestmark = pytest.mark.xdist_group("openai-assistants-stream")

MODES = pytest.mark.parametrize("mode", ["sync", "async"])

# ----- the streams ---------------------------------------------------------------------------------

TEXT_0 = ["Hello", " world", "[0+src]"]
TEXT_1 = ["Second", " part."]
CITATION = {"type": "file_citation", "text": "[0+src]", "start_index": 11, "end_index": 18,
            "file_citation": {"file_id": "file_a"}}
CODE = ["print(", "1 + 1)"]
LOGS = ["2", "\n"]
ARGS_A = ['{"city": ', '"Paris"}']
ARGS_B = ['{"tz"', ': "CET"}']
INCLUDE = "step_details.tool_calls[*].file_search.results[*].content"
Event = Tuple[str, Dict[str, Any]]


def run_event(name: str, status: str, **extra: Any) -> Event:
    return name, {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_full",
                  "assistant_id": "asst_1", "status": status, "model": "gpt-4o", "instructions": "", "tools": [],
                  **extra}


def message(name: str, message_id: str, status: str, content: List[Any]) -> Event:
    return name, {"id": message_id, "object": "thread.message", "created_at": 1, "thread_id": "thread_full",
                  "role": "assistant", "status": status, "content": content, "assistant_id": "asst_1",
                  "run_id": "run_1", "attachments": [], "metadata": {}}


def step(name: str, step_id: str, status: str, details: Dict[str, Any]) -> Event:
    return name, {"id": step_id, "object": "thread.run.step", "created_at": 1, "assistant_id": "asst_1",
                  "thread_id": "thread_full", "run_id": "run_1", "type": details["type"], "status": status,
                  "step_details": details}


def message_delta(message_id: str, *parts: Dict[str, Any]) -> Event:
    return "thread.message.delta", {"id": message_id, "object": "thread.message.delta",
                                    "delta": {"content": list(parts)}}


def step_delta(step_id: str, *calls: Dict[str, Any]) -> Event:
    return "thread.run.step.delta", {"id": step_id, "object": "thread.run.step.delta",
                                     "delta": {"step_details": {"type": "tool_calls", "tool_calls": list(calls)}}}


def text(index: int, value: str, **more: Any) -> Dict[str, Any]:
    return {"index": index, "type": "text", "text": {"value": value, **more}}


def full_text(value: str, annotations: List[Any]) -> Dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": annotations}}


MESSAGE_CREATION = {"type": "message_creation", "message_creation": {"message_id": "msg_1"}}
EMPTY_TOOLS = {"type": "tool_calls", "tool_calls": []}
CALLS_DONE = [
    {"id": "call_a", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
    {"id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": '{"tz": "CET"}'}},
]
REQUIRED = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": CALLS_DONE}}

MESSAGE_PART: List[Event] = [
    message("thread.message.created", "msg_1", "in_progress", []),
    message("thread.message.in_progress", "msg_1", "in_progress", []),
    message_delta("msg_1", text(0, TEXT_0[0])),
    message_delta("msg_1", text(0, TEXT_0[1], annotations=[
        {"index": 0, "type": "file_citation", "text": "[0", "start_index": 11, "end_index": 13,
         "file_citation": {"file_id": "file_a"}}])),
    message_delta("msg_1", text(0, TEXT_0[2], annotations=[{"index": 0, "type": "file_citation", "text": "+src]",
                                                            "end_index": 18}])),
    message_delta("msg_1", text(1, TEXT_1[0])),
    message_delta("msg_1", text(1, TEXT_1[1])),
    message_delta("msg_1", {"index": 2, "type": "image_file", "image_file": {"file_id": "file_img"}}),
]
MESSAGE_DONE = message("thread.message.completed", "msg_1", "completed", [
    full_text("Hello world[0+src]", [CITATION]), full_text("Second part.", []),
    {"type": "image_file", "image_file": {"file_id": "file_img", "detail": "auto"}}])

FULL: List[Event] = [
    run_event("thread.run.created", "queued"),
    run_event("thread.run.queued", "queued"),
    run_event("thread.run.in_progress", "in_progress"),
    step("thread.run.step.created", "step_1", "in_progress", MESSAGE_CREATION),
    *MESSAGE_PART,
    MESSAGE_DONE,
    step("thread.run.step.completed", "step_1", "completed", MESSAGE_CREATION),
    step("thread.run.step.created", "step_2", "in_progress", EMPTY_TOOLS),
    step_delta("step_2", {"index": 0, "id": "call_c", "type": "code_interpreter",
                          "code_interpreter": {"input": CODE[0], "outputs": []}}),
    step_delta("step_2", {"index": 0, "type": "code_interpreter", "code_interpreter": {"input": CODE[1]}}),
    step_delta("step_2", {"index": 0, "type": "code_interpreter",
                          "code_interpreter": {"outputs": [{"index": 0, "type": "logs", "logs": LOGS[0]}]}}),
    step_delta("step_2", {"index": 0, "type": "code_interpreter",
                          "code_interpreter": {"outputs": [{"index": 0, "type": "logs", "logs": LOGS[1]}]}}),
    step("thread.run.step.completed", "step_2", "completed", {"type": "tool_calls", "tool_calls": [
        {"id": "call_c", "type": "code_interpreter",
         "code_interpreter": {"input": "print(1 + 1)", "outputs": [{"type": "logs", "logs": "2\n"}]}}]}),
    step("thread.run.step.created", "step_3", "in_progress", EMPTY_TOOLS),
    step("thread.run.step.in_progress", "step_3", "in_progress", EMPTY_TOOLS),
    step_delta("step_3", {"index": 0, "id": "call_a", "type": "function",
                          "function": {"name": "get_weather", "arguments": ""}}),
    step_delta("step_3", {"index": 0, "type": "function", "function": {"arguments": ARGS_A[0]}}),
    step_delta("step_3", {"index": 0, "type": "function", "function": {"arguments": ARGS_A[1]}}),
    step_delta("step_3", {"index": 1, "id": "call_b", "type": "function",
                          "function": {"name": "get_time", "arguments": ARGS_B[0]}}),
    step_delta("step_3", {"index": 1, "type": "function", "function": {"arguments": ARGS_B[1]}}),
    run_event("thread.run.requires_action", "requires_action", required_action=REQUIRED),
]

AFTER_TOOLS: List[Event] = [
    run_event("thread.run.queued", "queued"),
    run_event("thread.run.in_progress", "in_progress"),
    step("thread.run.step.completed", "step_3", "completed", {"type": "tool_calls", "tool_calls": [
        {**call, "function": {**call["function"], "output": "ok"}} for call in CALLS_DONE]}),
    step("thread.run.step.created", "step_4", "in_progress", MESSAGE_CREATION),
    message("thread.message.created", "msg_2", "in_progress", []),
    message_delta("msg_2", text(0, "It is sunny.")),
    message("thread.message.completed", "msg_2", "completed", [full_text("It is sunny.", [])]),
    step("thread.run.step.completed", "step_4", "completed", MESSAGE_CREATION),
    run_event("thread.run.completed", "completed"),
]

TEXT_ONLY: List[Event] = [
    run_event("thread.run.created", "queued"),
    message("thread.message.created", "msg_1", "in_progress", []),
    message_delta("msg_1", text(0, TEXT_0[0])),
    message_delta("msg_1", text(0, TEXT_0[1])),
    message("thread.message.completed", "msg_1", "completed", [full_text("Hello world", [])]),
    run_event("thread.run.completed", "completed"),
]

# the events up to the last message delta: nothing completes, so the snapshots are the merged deltas
PARTIAL: List[Event] = FULL[:4] + MESSAGE_PART


def sse(events: List[Event]) -> bytes:
    return b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in events)


DONE = b"event: done\ndata: [DONE]\n\n"
ERROR = b'event: error\ndata: {"code": "server_error", "message": "boom", "param": null, "type": "server_error"}\n\n'
BODIES: Dict[str, bytes] = {
    "thread_full": sse(FULL) + DONE,
    "thread_text": sse(TEXT_ONLY) + DONE,
    "thread_partial": sse(PARTIAL) + DONE,
    "thread_empty": DONE,
    "thread_error": sse(FULL[:3]) + ERROR + sse(FULL[3:]) + DONE,
    "thread_cut": sse(FULL[:5]) + b'event: thread.message.delta\ndata: {"id": "msg_1", "obj',
}


@pytest.fixture()
def server() -> Iterator[Tuple[List[Dict[str, Any]], str]]:
    requests: List[Dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            url = urlsplit(self.path)
            parts = url.path.strip("/").split("/")  # v1, threads, <id>, runs, ...
            requests.append({"path": url.path, "query": parse_qs(url.query), "accept": self.headers.get("Accept"),
                             "x_test": self.headers.get("X-Test"), "body": json.loads(raw) if raw else None})
            if url.path == "/v1/assistants":
                return self._json({"id": "asst_1", "object": "assistant", "created_at": 1, "model": "gpt-4o",
                                   "tools": [], "metadata": {}})
            if url.path == "/v1/threads":
                return self._json({"id": "thread_text", "object": "thread", "created_at": 1, "metadata": {}})
            if url.path == "/v1/threads/runs":
                payload = BODIES["thread_full"]
            elif parts[-1] == "submit_tool_outputs":
                payload = sse(AFTER_TOOLS) + DONE
            else:
                payload = BODIES.get(parts[2], BODIES["thread_full"])
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                if parts[2:3] == ["thread_slow"]:
                    self.wfile.write(sse(FULL[:2]))
                    self.wfile.flush()
                    time.sleep(1.5)
                self.wfile.write(payload)
                self.wfile.flush()
            except OSError:  # the client gave up (the timeout test)
                pass
            self.close_connection = True

        def _json(self, data: Dict[str, Any]) -> None:
            send_json(self, data)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield requests, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


# ----- a handler that records its hook calls -------------------------------------------------------

HOOKS = [
    "on_event", "on_run_step_created", "on_run_step_delta", "on_run_step_done", "on_message_created",
    "on_message_delta", "on_message_done", "on_text_created", "on_text_delta", "on_text_done", "on_image_file_done",
    "on_tool_call_created", "on_tool_call_delta", "on_tool_call_done", "on_end", "on_exception", "on_timeout",
]  # fmt: skip


def describe(hook: str, args: Tuple[Any, ...]) -> Tuple[Any, ...]:
    short = hook[3:]
    if hook == "on_event":
        return (short, args[0].event)
    if hook in ("on_run_step_created", "on_run_step_done", "on_message_created", "on_message_done",
                "on_tool_call_created", "on_tool_call_done"):
        return (short, args[0].id)
    if hook in ("on_run_step_delta", "on_message_delta", "on_tool_call_delta"):
        return (short, args[1].id)
    if hook in ("on_text_created", "on_text_done"):
        return (short, args[0].value)
    if hook == "on_text_delta":
        return (short, args[0].value, args[1].value)
    if hook == "on_image_file_done":
        return (short, args[0].file_id)
    if hook == "on_exception":
        return (short, type(args[0]).__name__)
    return (short,)


def recorder_classes(openai: Any) -> Tuple[type, type]:
    """(sync, async) handler classes recording `log` (described calls) and `calls` (raw args)."""

    def sync_hook(name: str) -> Callable[..., None]:
        def hook(self: Any, *args: Any) -> None:
            self.log.append(describe(name, args))
            self.calls.append((name, args))
        return hook

    def async_hook(name: str) -> Callable[..., Any]:
        async def hook(self: Any, *args: Any) -> None:
            await asyncio.sleep(0)
            self.log.append(describe(name, args))
            self.calls.append((name, args))
        return hook

    def init(base: type) -> Callable[[Any], None]:
        def __init__(self: Any) -> None:
            base.__init__(self)
            self.log = []
            self.calls = []
        return __init__

    sync_base, async_base = openai.AssistantEventHandler, openai.AsyncAssistantEventHandler
    recorder = type("Recorder", (sync_base,), {"__init__": init(sync_base), **{h: sync_hook(h) for h in HOOKS}})
    async_recorder = type("AsyncRecorder", (async_base,),
                          {"__init__": init(async_base), **{h: async_hook(h) for h in HOOKS}})
    return recorder, async_recorder


def ev(name: str) -> Tuple[str, str]:
    return ("event", name)


MD = ("message_delta", "msg_1")
EXPECTED_FULL: List[Tuple[Any, ...]] = [
    ev("thread.run.created"), ev("thread.run.queued"), ev("thread.run.in_progress"),
    ev("thread.run.step.created"), ("run_step_created", "step_1"),
    ev("thread.message.created"), ("message_created", "msg_1"),
    ev("thread.message.in_progress"),
    ev("thread.message.delta"), ("text_created", "Hello"), ("text_delta", "Hello", "Hello"), MD,
    ev("thread.message.delta"), ("text_delta", " world", "Hello world"), MD,
    ev("thread.message.delta"), ("text_delta", "[0+src]", "Hello world[0+src]"), MD,
    ev("thread.message.delta"), ("text_done", "Hello world[0+src]"), ("text_created", "Second"),
    ("text_delta", "Second", "Second"), MD,
    ev("thread.message.delta"), ("text_delta", " part.", "Second part."), MD,
    ev("thread.message.delta"), ("text_done", "Second part."), MD,
    ev("thread.message.completed"), ("image_file_done", "file_img"), ("message_done", "msg_1"),
    ev("thread.run.step.completed"), ("run_step_done", "step_1"),
    ev("thread.run.step.created"), ("run_step_created", "step_2"),
    ev("thread.run.step.delta"), ("tool_call_created", "call_c"), ("tool_call_delta", "call_c"),
    ("run_step_delta", "step_2"),
    ev("thread.run.step.delta"), ("tool_call_delta", "call_c"), ("run_step_delta", "step_2"),
    ev("thread.run.step.delta"), ("tool_call_delta", "call_c"), ("run_step_delta", "step_2"),
    ev("thread.run.step.delta"), ("tool_call_delta", "call_c"), ("run_step_delta", "step_2"),
    ev("thread.run.step.completed"), ("tool_call_done", "call_c"), ("run_step_done", "step_2"),
    ev("thread.run.step.created"), ("run_step_created", "step_3"),
    ev("thread.run.step.in_progress"),
    ev("thread.run.step.delta"), ("tool_call_created", "call_a"), ("tool_call_delta", "call_a"),
    ("run_step_delta", "step_3"),
    ev("thread.run.step.delta"), ("tool_call_delta", "call_a"), ("run_step_delta", "step_3"),
    ev("thread.run.step.delta"), ("tool_call_delta", "call_a"), ("run_step_delta", "step_3"),
    ev("thread.run.step.delta"), ("tool_call_done", "call_a"), ("tool_call_created", "call_b"),
    ("tool_call_delta", "call_b"), ("run_step_delta", "step_3"),
    ev("thread.run.step.delta"), ("tool_call_delta", "call_b"), ("run_step_delta", "step_3"),
    ev("thread.run.requires_action"), ("tool_call_done", "call_b"),
    ("end",),
]  # fmt: skip

EXPECTED_AFTER_TOOLS: List[Tuple[Any, ...]] = [
    ev("thread.run.queued"), ev("thread.run.in_progress"),
    ev("thread.run.step.completed"), ("run_step_done", "step_3"),
    ev("thread.run.step.created"), ("run_step_created", "step_4"),
    ev("thread.message.created"), ("message_created", "msg_2"),
    ev("thread.message.delta"), ("text_created", "It is sunny."), ("text_delta", "It is sunny.", "It is sunny."),
    ("message_delta", "msg_2"),
    ev("thread.message.completed"), ("text_done", "It is sunny."), ("message_done", "msg_2"),
    ev("thread.run.step.completed"), ("run_step_done", "step_4"),
    ev("thread.run.completed"),
    ("end",),
]  # fmt: skip


# ----- driving a stream ------------------------------------------------------------------------------

METHODS: Dict[str, Tuple[str, str, Dict[str, Any]]] = {
    "runs.stream": ("runs", "stream", {"thread_id": "thread_full", "assistant_id": "asst_1"}),
    "runs.create_and_stream": ("runs", "create_and_stream", {"thread_id": "thread_full", "assistant_id": "asst_1"}),
    "runs.submit_tool_outputs_stream": ("runs", "submit_tool_outputs_stream", {
        "thread_id": "thread_full", "run_id": "run_1", "tool_outputs": [{"tool_call_id": "call_a", "output": "ok"}]}),
    "threads.create_and_run_stream": ("threads", "create_and_run_stream", {"assistant_id": "asst_1"}),
}  # fmt: skip


def resource(client: Any, where: str) -> Any:
    return client.beta.threads.runs if where == "runs" else client.beta.threads


async def _collect(stream: Any) -> List[Any]:
    return [event async for event in stream]


async def _text(stream: Any) -> List[str]:
    return [value async for value in stream.text_deltas]


async def _finals(stream: Any) -> Tuple[Any, Any, Any]:
    return await stream.get_final_run(), await stream.get_final_messages(), await stream.get_final_run_steps()


SYNC_ACTIONS: Dict[str, Callable[[Any], Any]] = {
    "iterate": list,
    "until_done": lambda stream: stream.until_done(),
    "text_deltas": lambda stream: list(stream.text_deltas),
    "finals": lambda stream: (stream.get_final_run(), stream.get_final_messages(), stream.get_final_run_steps()),
}
ASYNC_ACTIONS: Dict[str, Callable[[Any], Any]] = {
    "iterate": _collect, "until_done": lambda stream: stream.until_done(), "text_deltas": _text, "finals": _finals,
}


def drive(openai: Any, base: str, mode: str, method: str = "runs.stream", action: str = "iterate",
          handler: Optional[Any] = None, use_recorder: bool = True, **kwargs: Any) -> Tuple[Any, Any]:
    """(the handler the `with` block gave, what `action` returned) for one stream."""
    where, name, defaults = METHODS[method]
    arguments = {**defaults, **kwargs}
    recorder, async_recorder = recorder_classes(openai)
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        if handler is None and use_recorder:
            handler = recorder()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            extra = {"event_handler": handler} if handler is not None else {}
            manager = getattr(resource(client, where), name)(**arguments, **extra)
        with manager as stream:
            return stream, SYNC_ACTIONS[action](stream)

    async def go() -> Tuple[Any, Any]:
        nonlocal handler
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            if handler is None and use_recorder:
                handler = async_recorder()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                extra = {"event_handler": handler} if handler is not None else {}
                manager = getattr(resource(client, where), name)(**arguments, **extra)
            async with manager as stream:
                return stream, await ASYNC_ACTIONS[action](stream)

    return asyncio.run(go())


def texts(message: Any) -> List[str]:
    return [part.text.value for part in message.content if part.type == "text"]


# ----- tests -----------------------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("method", list(METHODS))
def test_request_sent_on_entering_the_block(openai: Any, server: Any, mode: str, method: str) -> None:
    requests, base = server
    options: Dict[str, Any] = {"extra_headers": {"X-Test": "1"}}
    if method in ("runs.stream", "runs.create_and_stream"):
        options.update(instructions="Be brief", metadata={"k": "v"})
    if method == "runs.stream":
        options["include"] = [INCLUDE]
    if method == "threads.create_and_run_stream":
        options["thread"] = {"messages": [{"role": "user", "content": "Hi"}]}
    stream, _ = drive(openai, base, mode, method, "until_done", **options)
    assert len(requests) == 1
    sent = requests[0]
    expected_path, expected_body = {
        "runs.stream": ("/v1/threads/thread_full/runs",
                        {"assistant_id": "asst_1", "instructions": "Be brief", "metadata": {"k": "v"}}),
        "runs.create_and_stream": ("/v1/threads/thread_full/runs",
                                   {"assistant_id": "asst_1", "instructions": "Be brief", "metadata": {"k": "v"}}),
        "runs.submit_tool_outputs_stream": ("/v1/threads/thread_full/runs/run_1/submit_tool_outputs",
                                            {"tool_outputs": [{"tool_call_id": "call_a", "output": "ok"}]}),
        "threads.create_and_run_stream": ("/v1/threads/runs", {
            "assistant_id": "asst_1", "thread": {"messages": [{"role": "user", "content": "Hi"}]}}),
    }[method]  # fmt: skip
    assert sent["path"] == expected_path
    assert sent["body"] == {**expected_body, "stream": True}
    assert sent["query"] == ({"include[]": [INCLUDE]} if method == "runs.stream" else {})
    assert sent["accept"] == "text/event-stream" and sent["x_test"] == "1"
    final_status = "completed" if method == "runs.submit_tool_outputs_stream" else "requires_action"
    assert stream.current_run.status == final_status


@MODES
def test_no_request_before_the_block_and_default_handler(openai: Any, server: Any, mode: str) -> None:
    requests, base = server
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            manager = client.beta.threads.runs.stream(thread_id="thread_text", assistant_id="asst_1")
        assert requests == []
        with manager as stream:
            assert len(requests) == 1
            assert type(stream) is openai.AssistantEventHandler
            stream.until_done()
        assert texts(stream.get_final_messages()[0]) == ["Hello world"]
        return

    async def go() -> None:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                manager = client.beta.threads.runs.stream(thread_id="thread_text", assistant_id="asst_1")
            assert not asyncio.iscoroutine(manager)
            assert requests == []
            async with manager as stream:
                assert len(requests) == 1
                assert type(stream) is openai.AsyncAssistantEventHandler
                await stream.until_done()
            assert texts((await stream.get_final_messages())[0]) == ["Hello world"]

    asyncio.run(go())


@MODES
def test_events_are_the_typed_union_members(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    _, events = drive(openai, base, mode)
    assert [event.event for event in events] == [name for name, _ in FULL]
    from openai.types.beta.threads.message import Message
    from openai.types.beta.threads.message_delta_event import MessageDeltaEvent
    from openai.types.beta.threads.run import Run
    from openai.types.beta.threads.runs.run_step import RunStep
    from openai.types.beta.threads.runs.run_step_delta_event import RunStepDeltaEvent
    # where the official package defines the event classes
    from openai.types.beta.assistant_stream_event import (
        ThreadMessageCompleted,
        ThreadMessageDelta,
        ThreadRunCreated,
        ThreadRunRequiresAction,
        ThreadRunStepCreated,
        ThreadRunStepDelta,
    )

    expected_types = {
        "thread.run.created": (ThreadRunCreated, Run),
        "thread.message.delta": (ThreadMessageDelta, MessageDeltaEvent),
        "thread.message.completed": (ThreadMessageCompleted, Message),
        "thread.run.step.created": (ThreadRunStepCreated, RunStep),
        "thread.run.step.delta": (ThreadRunStepDelta, RunStepDeltaEvent),
        "thread.run.requires_action": (ThreadRunRequiresAction, Run),
    }
    checked = 0
    for event in events:
        if event.event in expected_types:
            event_type, data_type = expected_types[event.event]
            assert isinstance(event, event_type) and isinstance(event.data, data_type), event
            checked += 1
    assert checked == 1 + 6 + 1 + 3 + 9 + 1
    first_delta = events[6]
    assert first_delta.data.delta.content[0].text.value == "Hello"
    assert events[-1].data.required_action.submit_tool_outputs.tool_calls[1].function.name == "get_time"


@MODES
def test_hook_order(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    stream, _ = drive(openai, base, mode, action="until_done")
    assert stream.log == EXPECTED_FULL
    stream, _ = drive(openai, base, mode, "runs.submit_tool_outputs_stream", "until_done")
    assert stream.log == EXPECTED_AFTER_TOOLS


@MODES
def test_snapshots_merged_from_the_deltas(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    stream, (_, _, steps) = drive(openai, base, mode, action="finals")
    calls = stream.calls
    # text part 0 was done when part 1 started: built from the deltas alone
    first_done = next(args[0] for name, args in calls if name == "on_text_done")
    assert first_done.value == "".join(TEXT_0)
    annotation = first_done.annotations[0]
    assert (annotation.type, annotation.text, annotation.start_index, annotation.end_index) == (
        "file_citation", "[0+src]", 11, 18)
    assert annotation.file_citation.file_id == "file_a"
    # the message as of the last delta
    last_message = [args[1] for name, args in calls if name == "on_message_delta"][-1]
    assert texts(last_message) == ["".join(TEXT_0), "".join(TEXT_1)]
    assert last_message.content[2].type == "image_file" and last_message.content[2].image_file.file_id == "file_img"
    assert last_message.status == "in_progress" and last_message.role == "assistant"
    # the code interpreter call as of its last delta
    code = [args[1] for name, args in calls if name == "on_tool_call_delta" and args[1].id == "call_c"][-1]
    assert code.type == "code_interpreter" and code.code_interpreter.input == "".join(CODE)
    assert [(o.type, o.logs) for o in code.code_interpreter.outputs] == [("logs", "".join(LOGS))]
    # the snapshot passed with each delta grows piece by piece
    arguments = [args[1].function.arguments for name, args in calls
                 if name == "on_tool_call_delta" and args[1].id == "call_a"]
    assert arguments == ["", ARGS_A[0], "".join(ARGS_A)]
    # the function calls were never completed in this stream: the final step is the merged deltas
    assert [s.id for s in steps] == ["step_1", "step_2", "step_3"]
    assert [s.status for s in steps] == ["completed", "completed", "in_progress"]
    functions = [call.function for call in steps[2].step_details.tool_calls]
    assert [f.name for f in functions] == ["get_weather", "get_time"]
    assert [json.loads(f.arguments) for f in functions] == [{"city": "Paris"}, {"tz": "CET"}]
    assert [call.id for call in steps[2].step_details.tool_calls] == ["call_a", "call_b"]
    # a completed step and message are the server's objects
    assert steps[1].step_details.tool_calls[0].code_interpreter.outputs[0].logs == "2\n"
    done_message = [args[0] for name, args in calls if name == "on_message_done"][0]
    assert texts(done_message) == ["Hello world[0+src]", "Second part."]


@MODES
def test_final_messages_and_steps_of_a_stream_that_never_completes_them(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    _, (run, messages, steps) = drive(openai, base, mode, action="finals", thread_id="thread_partial")
    assert run.status == "in_progress"
    assert [m.id for m in messages] == ["msg_1"]
    assert texts(messages[0]) == ["".join(TEXT_0), "".join(TEXT_1)]
    annotations = messages[0].content[0].text.annotations
    assert [(a.text, a.start_index, a.end_index) for a in annotations] == [("[0+src]", 11, 18)]
    assert messages[0].content[1].text.annotations == []
    assert [s.id for s in steps] == ["step_1"]


@MODES
def test_final_run_steps_and_messages_across_the_two_streams(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    _, (run, messages, steps) = drive(openai, base, mode, "runs.submit_tool_outputs_stream", "finals")
    assert run.status == "completed" and run.id == "run_1"
    assert [texts(m) for m in messages] == [["It is sunny."]]
    assert [s.id for s in steps] == ["step_3", "step_4"]
    assert [c.function.output for c in steps[0].step_details.tool_calls] == ["ok", "ok"]


@MODES
def test_text_deltas(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    stream, values = drive(openai, base, mode, action="text_deltas")
    assert values == TEXT_0 + TEXT_1
    # the hooks ran for every event while the text deltas were read
    assert stream.log == EXPECTED_FULL


@MODES
def test_current_state_mid_stream_then_until_done(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    seen: Dict[str, Any] = {}

    def look(stream: Any, index: int, event: Any) -> bool:
        """Records the state at some events; True to leave the loop."""
        assert stream.current_event is event
        if index == 9:  # the first delta of content part 1
            seen["message"] = texts(stream.current_message_snapshot)
            seen["run"] = stream.current_run.status
            seen["step"] = stream.current_run_step_snapshot.id
        if index == 19:  # step_2 completed
            seen["after_step"] = stream.current_run_step_snapshot
        if index == 23:  # the second delta of call_a
            seen["arguments"] = stream.current_run_step_snapshot.step_details.tool_calls[0].function.arguments
            return True
        return False

    recorder, async_recorder = recorder_classes(openai)
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            manager = client.beta.threads.runs.stream(thread_id="thread_full", assistant_id="asst_1",
                                                      event_handler=recorder())
        with manager as stream:
            assert stream.current_event is None and stream.current_run is None
            for index, event in enumerate(stream):
                if look(stream, index, event):
                    break
            assert stream.log[-1] == ("run_step_delta", "step_3") and ("end",) not in stream.log
            stream.until_done()
    else:
        async def go() -> Any:
            async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    manager = client.beta.threads.runs.stream(thread_id="thread_full", assistant_id="asst_1",
                                                              event_handler=async_recorder())
                async with manager as stream:
                    assert stream.current_event is None and stream.current_run is None
                    index = 0
                    async for event in stream:
                        if look(stream, index, event):
                            break
                        index += 1
                    assert stream.log[-1] == ("run_step_delta", "step_3") and ("end",) not in stream.log
                    await stream.until_done()
                return stream

        stream = asyncio.run(go())
    assert seen == {"message": ["".join(TEXT_0), "Second"], "run": "in_progress", "step": "step_1",
                    "after_step": None, "arguments": ARGS_A[0]}
    assert stream.log == EXPECTED_FULL
    assert stream.current_run.status == "requires_action"
    assert stream.current_event.event == "thread.run.requires_action"
    assert stream.current_run_step_snapshot.id == "step_3"
    assert texts(stream.current_message_snapshot) == ["Hello world[0+src]", "Second part."]


@MODES
def test_error_event_raises_api_error_after_the_hooks(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    handler = recorder_classes(openai)[0 if mode == "sync" else 1]()
    with pytest.raises(openai.APIError, match="boom") as caught:
        drive(openai, base, mode, action="until_done", handler=handler, thread_id="thread_error")
    assert not isinstance(caught.value, (openai.APIStatusError, openai.APIConnectionError))
    assert handler.log == [ev("thread.run.created"), ev("thread.run.queued"), ev("thread.run.in_progress"),
                           ("exception", "APIError"), ("end",)]
    assert handler.calls[-2][1][0] is caught.value


@MODES
def test_cut_connection_raises_api_connection_error(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    handler = recorder_classes(openai)[0 if mode == "sync" else 1]()
    with pytest.raises(openai.APIConnectionError, match="ended inside an event"):
        drive(openai, base, mode, action="iterate", handler=handler, thread_id="thread_cut")
    assert handler.log[-3:] == [("message_created", "msg_1"), ("exception", "StreamInterruptedError"), ("end",)]


@MODES
def test_read_timeout_calls_on_timeout(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    handler = recorder_classes(openai)[0 if mode == "sync" else 1]()
    with pytest.raises(openai.APITimeoutError):
        drive(openai, base, mode, action="until_done", handler=handler, thread_id="thread_slow", timeout=0.3)
    assert handler.log == [ev("thread.run.created"), ev("thread.run.queued"), ("timeout",),
                           ("exception", "APITimeoutError"), ("end",)]


@MODES
def test_get_final_run_without_a_run_event(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    with pytest.raises(RuntimeError, match="without a run event"):
        drive(openai, base, mode, action="finals", thread_id="thread_empty")


@MODES
def test_a_handler_serves_one_stream(openai: Any, server: Any, mode: str) -> None:
    requests, base = server
    handler = recorder_classes(openai)[0 if mode == "sync" else 1]()
    drive(openai, base, mode, action="until_done", handler=handler, thread_id="thread_text")
    assert len(requests) == 1
    with pytest.raises(RuntimeError, match="already served a stream"):
        drive(openai, base, mode, action="until_done", handler=handler, thread_id="thread_text")
    assert len(requests) == 1  # refused before sending anything


@MODES
def test_leaving_the_block_early_ends_the_handler(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    handler = recorder_classes(openai)[0 if mode == "sync" else 1]()
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            manager = client.beta.threads.runs.stream(thread_id="thread_full", assistant_id="asst_1",
                                                      event_handler=handler)
        with manager as stream:
            next(iter(stream))
        assert stream.get_final_run().status == "queued"  # nothing more is read once closed
    else:
        async def go() -> None:
            async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    manager = client.beta.threads.runs.stream(thread_id="thread_full", assistant_id="asst_1",
                                                              event_handler=handler)
                async with manager as stream:
                    await stream.__anext__()
                assert (await stream.get_final_run()).status == "queued"

        asyncio.run(go())
    assert handler.log == [ev("thread.run.created"), ("end",)]


@MODES
@pytest.mark.parametrize("method", list(METHODS))
def test_each_helper_is_deprecated(openai: Any, server: Any, mode: str, method: str) -> None:
    requests, base = server
    where, name, arguments = METHODS[method]
    client = (openai.OpenAI if mode == "sync" else openai.AsyncOpenAI)(api_key="sk-test", base_url=base)
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated") as record:
        manager = getattr(resource(client, where), name)(**arguments)
    assert record[0].filename == __file__  # reported at the caller
    assert requests == [] and hasattr(manager, "__aenter__" if mode == "async" else "__enter__")


def test_public_names(openai: Any) -> None:
    from openai.lib import streaming
    from openai.lib.streaming import _assistants

    assert openai.AssistantEventHandler is streaming.AssistantEventHandler is _assistants.AssistantEventHandler
    assert openai.AsyncAssistantEventHandler is streaming.AsyncAssistantEventHandler
    assert _assistants.AssistantEventHandlerT.__bound__ is openai.AssistantEventHandler
    assert _assistants.AsyncAssistantEventHandlerT.__bound__ is openai.AsyncAssistantEventHandler


# ----- the documented examples (helpers.md), run as programs ------------------------------------------

EXAMPLE_EVENT_HANDLER = '''
from typing_extensions import override
from openai import AssistantEventHandler, OpenAI
from openai.types.beta.threads import Text, TextDelta
from openai.types.beta.threads.runs import ToolCall, ToolCallDelta

client = openai.OpenAI()

class EventHandler(AssistantEventHandler):
  @override
  def on_text_created(self, text: Text) -> None:
    print(f"\\nassistant > ", end="", flush=True)

  @override
  def on_text_delta(self, delta: TextDelta, snapshot: Text):
    print(delta.value, end="", flush=True)

  @override
  def on_tool_call_created(self, tool_call: ToolCall):
    print(f"\\nassistant > {tool_call.type}\\n", flush=True)

  @override
  def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall):
    if delta.type == "code_interpreter" and delta.code_interpreter:
      if delta.code_interpreter.input:
        print(delta.code_interpreter.input, end="", flush=True)
      if delta.code_interpreter.outputs:
        print(f"\\n\\noutput >", flush=True)
        for output in delta.code_interpreter.outputs:
          if output.type == "logs":
            print(f"\\n{output.logs}", flush=True)

with client.beta.threads.runs.stream(
  thread_id="thread_id",
  assistant_id="assistant_id",
  event_handler=EventHandler(),
) as stream:
  stream.until_done()
'''

EXAMPLE_TEXT_DELTAS = '''
with client.beta.threads.runs.stream(
  thread_id=thread.id,
  assistant_id=assistant.id
) as stream:
    for text in stream.text_deltas:
        print(text)
'''

EXAMPLE_EVENTS = '''
with client.beta.threads.runs.stream(
  thread_id=thread.id,
  assistant_id=assistant.id
) as stream:
    for event in stream:
        # Print the text from text delta events
        if event.event == "thread.message.delta" and event.data.delta.content:
            print(event.data.delta.content[0].text)
'''

# The event handler example calls `openai.OpenAI()` without importing `openai` (a NameError as
# written); the two fragments use a `client`, `thread` and `assistant` made beforehand.
IMPORT_OPENAI = "import openai\n"
CONTEXT = ("from openai import OpenAI\nclient = OpenAI()\n"
           "assistant = client.beta.assistants.create(model='gpt-4o')\nthread = client.beta.threads.create()\n")


def run_example(base: str, code: str) -> str:
    env = {**os.environ, "OPENAI_BASE_URL": base, "OPENAI_API_KEY": "sk-example",
           "PYTHONPATH": str(ROOT / "output" / "openai" / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("example", ["event_handler", "text_deltas", "events"])
def test_documented_examples(server: Any, example: str) -> None:
    requests, base = server
    if example == "event_handler":
        out = run_example(base, IMPORT_OPENAI + EXAMPLE_EVENT_HANDLER)
        assert requests[-1]["path"] == "/v1/threads/thread_id/runs"
        assert requests[-1]["body"] == {"assistant_id": "assistant_id", "stream": True}
        assert out == ("\nassistant > Hello world[0+src]"
                       "\nassistant > Second part."
                       "\nassistant > code_interpreter\n\n"
                       "print(1 + 1)"
                       "\n\noutput >\n\n2\n"
                       "\n\noutput >\n\n\n\n"
                       "\nassistant > function\n\n"
                       "\nassistant > function\n\n")
    elif example == "text_deltas":
        out = run_example(base, CONTEXT + EXAMPLE_TEXT_DELTAS)
        assert requests[-1]["path"] == "/v1/threads/thread_text/runs"
        assert out == "Hello\n world\n"
    else:
        out = run_example(base, CONTEXT + EXAMPLE_EVENTS)
        assert requests[-1]["body"] == {"assistant_id": "asst_1", "stream": True}
        assert out == "TextDelta(value='Hello', annotations=None)\nTextDelta(value=' world', annotations=None)\n"
