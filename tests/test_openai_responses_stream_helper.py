"""`client.responses.stream(...)` on output/openai (spec/openai/lib/streaming/responses), sync and
async, against a real HTTP server on 127.0.0.1 serving Responses SSE streams: text deltas with
snapshots, a function call, the parsed final response, streaming an existing response by id, and
a stream that ends before `response.completed`."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler
from typing import Any, Dict, Iterator, List

import pydantic
import pytest

from tests.conftest import serve

pytestmark = pytest.mark.xdist_group("openai-responses-stream")


class Weather(pydantic.BaseModel):
    city: str
    celsius: int


ANSWER = json.dumps({"city": "Oslo", "celsius": 4})
PIECES = [ANSWER[:9], ANSWER[9:20], ANSWER[20:]]


def response(status: str, output: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {"id": "resp_s", "object": "response", "created_at": 1, "model": "gpt-4o", "status": status,
            "output": output, "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}


MESSAGE = {"type": "message", "id": "m1", "role": "assistant", "status": "completed",
           "content": [{"type": "output_text", "text": ANSWER, "annotations": []}]}
CALL = {"type": "function_call", "id": "fc1", "call_id": "c1", "name": "get_weather", "arguments": '{"city": "Oslo"}'}


def events(complete: bool = True) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = [{"type": "response.created", "sequence_number": 0, "response": response("in_progress", [])}]
    for i, piece in enumerate(PIECES):
        out.append({"type": "response.output_text.delta", "item_id": "m1", "output_index": 0, "content_index": 0,
                    "delta": piece, "sequence_number": 1 + i, "logprobs": []})
    out.append({"type": "response.output_text.done", "item_id": "m1", "output_index": 0, "content_index": 0,
                "text": ANSWER, "sequence_number": 4, "logprobs": []})
    for i, piece in enumerate(['{"city": ', '"Oslo"}']):
        out.append({"type": "response.function_call_arguments.delta", "item_id": "fc1", "output_index": 1,
                    "delta": piece, "sequence_number": 5 + i})
    if complete:
        out.append({"type": "response.completed", "sequence_number": 7, "response": response("completed", [MESSAGE, CALL])})
    return out


@pytest.fixture()
def server() -> Iterator[tuple[List[str], str]]:
    seen: List[str] = []

    class Handler(BaseHTTPRequestHandler):
        def reply(self, complete: bool) -> None:
            payload = b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events(complete))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            seen.append(f"POST {self.path} stream={body.get('stream')} format={body.get('text', {}).get('format', {}).get('name')}")
            self.reply(complete=body.get("input") != "cut")

        def do_GET(self) -> None:  # noqa: N802
            seen.append(f"GET {self.path}")
            self.reply(complete=True)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def run(openai: Any, base: str, mode: str, **kwargs: Any) -> tuple[List[Any], Any]:
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        with client.responses.stream(**kwargs) as stream:
            got = list(stream)
            return got, stream.get_final_response()

    async def go() -> tuple[List[Any], Any]:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            async with client.responses.stream(**kwargs) as stream:
                got = [e async for e in stream]
                return got, await stream.get_final_response()

    return asyncio.run(go())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_text_snapshots_and_parsed_final_response(openai: Any, server: Any, mode: str) -> None:
    seen, base = server
    got, final = run(openai, base, mode, model="gpt-4o", input="weather?", text_format=Weather)
    assert [e.type for e in got][:2] == ["response.created", "response.output_text.delta"]
    deltas = [e for e in got if e.type == "response.output_text.delta"]
    assert [d.snapshot for d in deltas] == [PIECES[0], PIECES[0] + PIECES[1], ANSWER]
    done = [e for e in got if e.type == "response.output_text.done"]
    assert isinstance(done[0].parsed, Weather) and done[0].parsed.city == "Oslo"
    args = [e.snapshot for e in got if e.type == "response.function_call_arguments.delta"]
    assert args == ['{"city": ', '{"city": "Oslo"}']
    assert isinstance(got[-1], openai.types.responses.ResponseCompletedEvent)
    assert isinstance(final.output_parsed, Weather) and final.output_parsed.celsius == 4
    assert final.output_text == ANSWER
    assert seen == ["POST /v1/responses stream=True format=Weather"]


@MODES
def test_streaming_an_existing_response_by_id(openai: Any, server: Any, mode: str) -> None:
    seen, base = server
    got, final = run(openai, base, mode, response_id="resp_s", starting_after=3)
    assert seen == ["GET /v1/responses/resp_s?stream=true&starting_after=3"]
    assert final.id == "resp_s" and final.output_text == ANSWER and final.output_parsed is None


@MODES
def test_a_stream_without_its_end_has_no_final_response(openai: Any, server: Any, mode: str) -> None:
    _, base = server
    with pytest.raises(RuntimeError, match="response.completed"):
        run(openai, base, mode, model="gpt-4o", input="cut")
