"""`client.chat.completions.stream(...)` on output/openai (hand-written in spec/openai/lib/streaming):
typed events and the accumulated completion, sync and async, against a real HTTP server on
127.0.0.1 that serves chat completion SSE streams: content in pieces (a JSON answer), a refusal,
two parallel tool calls, logprobs, a stream cut inside an event, and an error event."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pydantic
import pytest

from tests.conftest import serve

pytestmark = pytest.mark.xdist_group("openai-chat-stream")


class Weather(pydantic.BaseModel):
    city: str
    celsius: int


class GetWeather(pydantic.BaseModel):
    """Weather of a city."""

    city: str


def chunk(choice: Dict[str, Any], **extra: Any) -> Dict[str, Any]:
    return {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o",
            "choices": [{"index": 0, "logprobs": None, "finish_reason": None, **choice}], **extra}


def delta(finish: Optional[str] = None, logprobs: Any = None, **fields: Any) -> Dict[str, Any]:
    return chunk({"delta": fields, "finish_reason": finish, "logprobs": logprobs})


ANSWER = json.dumps({"city": "Paris", "celsius": 21})
TOKEN = {"token": "x", "logprob": -0.5, "bytes": [120], "top_logprobs": []}

STREAMS: Dict[str, List[Dict[str, Any]]] = {
    "content": [delta(role="assistant", content="")] + [delta(content=ANSWER[i:i + 7]) for i in range(0, len(ANSWER), 7)]
    + [delta("stop"), {**chunk({"delta": {}}), "choices": [],
                       "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}}],
    "refusal": [delta(role="assistant", refusal="I can't "), delta(refusal="do that."), delta("stop")],
    "tools": [
        delta(role="assistant", tool_calls=[{"index": 0, "id": "call_a", "type": "function",
                                             "function": {"name": "GetWeather", "arguments": ""}}]),
        delta(tool_calls=[{"index": 0, "function": {"arguments": '{"city": '}}]),
        delta(tool_calls=[{"index": 0, "function": {"arguments": '"Paris"}'}}]),
        delta(tool_calls=[{"index": 1, "id": "call_b", "type": "function",
                           "function": {"name": "GetWeather", "arguments": '{"city": "Rome"}'}}]),
        delta("tool_calls"),
    ],
    "logprobs": [delta(role="assistant", content="x", logprobs={"content": [TOKEN], "refusal": None}),
                 delta(content="x", logprobs={"content": [TOKEN], "refusal": None}), delta("stop")],
    "length": [delta(role="assistant", content='{"city": "Pa'), delta("length")],
    "tool_after_empty": [delta(role="assistant", content=""),
                         delta(tool_calls=[{"index": 0, "id": "call_a", "type": "function",
                                            "function": {"name": "GetWeather", "arguments": '{"city": "Oslo"}'}}]),
                         delta("tool_calls")],
    "empty": [delta(role="assistant", content=""), delta("stop")],
}  # fmt: skip


def sse(events: List[Dict[str, Any]]) -> bytes:
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"


@pytest.fixture()
def server() -> Iterator[tuple[List[Dict[str, Any]], str]]:
    bodies: List[Dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            bodies.append({**body, "_accept": self.headers.get("Accept")})
            kind = body["messages"][0]["content"]
            if kind == "cut":
                payload = sse(STREAMS["content"][:2]).split(b"data: [DONE]")[0] + b'data: {"id": "chatcmpl-s", "obj'
            elif kind == "error":
                payload = sse(STREAMS["content"][:2]).split(b"data: [DONE]")[0] + b'data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n'
            else:
                payload = sse(STREAMS[kind])
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()
            self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield bodies, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def run(openai: Any, base: str, mode: str, kind: str, until_done: bool = False, **kwargs: Any) -> tuple[List[Any], Any]:
    """(events, final completion) of one stream of `kind`."""
    messages = [{"role": "user", "content": kind}]
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        with client.chat.completions.stream(model="gpt-4o", messages=messages, **kwargs) as stream:
            if until_done:
                return [], stream.until_done().get_final_completion()
            events = list(stream)
            return events, stream.get_final_completion()

    async def go() -> tuple[List[Any], Any]:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            async with client.chat.completions.stream(model="gpt-4o", messages=messages, **kwargs) as stream:
                if until_done:
                    return [], await (await stream.until_done()).get_final_completion()
                events = [e async for e in stream]
                return events, await stream.get_final_completion()

    return asyncio.run(go())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_content_deltas_partial_and_final_parse(openai: Any, server: Any, mode: str) -> None:
    bodies, base = server
    events, final = run(openai, base, mode, "content", response_format=Weather)
    kinds = [e.type for e in events]
    deltas = [e for e in events if e.type == "content.delta"]
    assert "".join(d.delta for d in deltas) == ANSWER and deltas[-1].snapshot == ANSWER
    # the role chunk's "" is a delta too, as the official helper reports it
    assert deltas[0].delta == "" and deltas[0].snapshot == "" and deltas[0].parsed is None
    assert deltas[3].snapshot == '{"city": "Paris", "ce' and deltas[3].parsed == {"city": "Paris"}
    assert deltas[-1].parsed == {"city": "Paris", "celsius": 21}
    done = [e for e in events if e.type == "content.done"]
    assert len(done) == 1 and isinstance(done[0].parsed, Weather) and done[0].content == ANSWER
    assert kinds.index("content.done") > max(i for i, k in enumerate(kinds) if k == "content.delta")
    assert kinds.count("chunk") == len(STREAMS["content"])
    assert isinstance(final.choices[0].message.parsed, Weather) and final.choices[0].message.parsed.celsius == 21
    assert final.usage.total_tokens == 8 and final.id == "chatcmpl-s"
    sent = bodies[-1]
    assert sent["stream"] is True and sent["_accept"] == "text/event-stream"
    assert sent["response_format"]["json_schema"]["strict"] is True


@MODES
def test_empty_content_events_as_the_official_helper(openai: Any, server: Any, mode: str) -> None:
    """Events the official 2.40.0 helper gives for a role chunk with content "" (checked against
    it): a `content.delta` of "", no `content.done` for content that stayed empty, and "" as the
    final message content."""
    _, base = server
    events, final = run(openai, base, mode, "tool_after_empty", tools=[openai.pydantic_function_tool(GetWeather)])
    assert [(e.type, getattr(e, "delta", None)) for e in events if e.type != "chunk"] == [
        ("content.delta", ""), ("tool_calls.function.arguments.delta", None),
        ("tool_calls.function.arguments.done", None)]
    assert final.choices[0].message.content == ""
    events, final = run(openai, base, mode, "empty")
    assert [e.type for e in events if e.type != "chunk"] == ["content.delta"]
    assert final.choices[0].message.content == ""


@MODES
def test_refusal_events(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    events, final = run(openai, base, mode, "refusal", response_format=Weather)
    assert [e.snapshot for e in events if e.type == "refusal.delta"] == ["I can't ", "I can't do that."]
    assert [e.refusal for e in events if e.type == "refusal.done"] == ["I can't do that."]
    assert final.choices[0].message.refusal == "I can't do that." and final.choices[0].message.parsed is None


@MODES
def test_parallel_tool_calls_are_parsed(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    events, final = run(openai, base, mode, "tools", tools=[openai.pydantic_function_tool(GetWeather)])
    arg_deltas = [e for e in events if e.type == "tool_calls.function.arguments.delta"]
    assert [e.arguments_delta for e in arg_deltas] == ['{"city": ', '"Paris"}', '{"city": "Rome"}']
    assert arg_deltas[1].parsed_arguments == {"city": "Paris"}
    done = [e for e in events if e.type == "tool_calls.function.arguments.done"]
    assert [(e.index, e.name) for e in done] == [(0, "GetWeather"), (1, "GetWeather")]
    assert all(isinstance(e.parsed_arguments, GetWeather) for e in done)
    assert [e.parsed_arguments.city for e in done] == ["Paris", "Rome"]
    calls = final.choices[0].message.tool_calls
    assert [c.id for c in calls] == ["call_a", "call_b"]
    assert [c.function.parsed_arguments.city for c in calls] == ["Paris", "Rome"]
    assert final.choices[0].finish_reason == "tool_calls"


@MODES
def test_logprobs_events(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    events, final = run(openai, base, mode, "logprobs", logprobs=True)
    assert [len(e.snapshot) for e in events if e.type == "logprobs.content.delta"] == [1, 2]
    assert [len(e.content) for e in events if e.type == "logprobs.content.done"] == [2]
    assert len(final.choices[0].logprobs.content) == 2


@MODES
def test_until_done_and_length_error(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    with pytest.raises(openai.LengthFinishReasonError):
        run(openai, base, mode, "length", until_done=True, response_format=Weather)
    _, final = run(openai, base, mode, "content", until_done=True)
    assert final.choices[0].message.content == ANSWER and final.choices[0].message.parsed is None


@MODES
def test_cut_stream_and_error_event_raise_after_the_events_before(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    with pytest.raises(openai.APIConnectionError):
        run(openai, base, mode, "cut")
    with pytest.raises(openai.APIError, match="overloaded"):
        run(openai, base, mode, "error")


def test_final_completion_after_the_block_as_the_helpers_docs_show(openai: Any, server: Any) -> None:
    _, base = server

    async def go() -> Any:
        client = openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0)
        async with client.chat.completions.stream(model="gpt-4o", messages=[{"role": "user", "content": "content"}],
                                                  response_format=Weather) as stream:
            await stream.until_done()
        return await stream.get_final_completion()

    final = asyncio.run(go())
    assert final.choices[0].message.parsed == Weather(city="Paris", celsius=21)


# The chat stream example of ../shared/seeds/003 (helpers section), as written there. It has a
# placeholder (`messages=[...]`), filled in here, and reads `event.content` of a `content.delta`
# event, a field the official 2.40.0 `ContentDeltaEvent` does not have either (its fields are
# `type`, `delta`, `snapshot`, `parsed`): as written it fails there and here with the same
# AttributeError; with `event.delta` it prints the streamed text.
SEED_STREAM_EXAMPLE = "from openai import AsyncOpenAI\n\nclient = AsyncOpenAI()\n\nasync with client.chat.completions.stream(\n    model='gpt-4o-2024-08-06',\n    messages=[...],\n) as stream:\n    async for event in stream:\n        if event.type == 'content.delta':\n            print(event.content, flush=True, end='')\n"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "003_1fa49bb70b3348b9.txt"


def run_async_example(code: str) -> None:
    body = "\n".join("    " + line for line in code.splitlines())
    namespace: Dict[str, Any] = {}
    exec(compile(f"async def main():\n{body}\n", "seed_example.py", "exec", dont_inherit=True), namespace)
    asyncio.run(namespace["main"]())


def test_seed_chat_stream_example(openai: Any, server: Any, monkeypatch: Any, capsys: Any) -> None:
    bodies, base = server
    if SEEDS.is_file():
        assert SEED_STREAM_EXAMPLE in SEEDS.read_text(encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", base)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-seed")
    code = SEED_STREAM_EXAMPLE.replace("messages=[...]", 'messages=[{"role": "user", "content": "content"}]')
    with pytest.raises(AttributeError, match="content"):
        run_async_example(code)
    assert bodies[-1]["stream"] is True
    run_async_example(code.replace("event.content", "event.delta"))
    assert capsys.readouterr().out == ANSWER
