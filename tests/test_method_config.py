"""Per-method and per-resource config the spec cannot express: `stream: <schema>` (the events a
`stream=True` call answers with, when the spec documents only the JSON answer) and `headers`
(headers a resource's methods always send, such as OpenAI's `OpenAI-Beta: assistants=v2`)."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import yaml

from tests.conftest import FIXTURES, run_generator, serve

pytestmark = [pytest.mark.xdist_group("method-config"), pytest.mark.filterwarnings("ignore::DeprecationWarning")]

SPEC = FIXTURES / "petstore.yaml"


def generate(tmp_path: Path, config: Dict[str, Any]) -> Any:
    path = tmp_path / "petstore.config.yaml"
    path.write_text(yaml.safe_dump({"package": {"name": "petstore"}, **config}))
    proc = run_generator("generate", "--spec", str(SPEC), "--config", str(path), "--out", str(tmp_path / "out"),
                         "--quiet", "--no-validate")
    return path, proc


def test_a_configured_stream_needs_a_stream_param_and_a_schema(tmp_path: Path) -> None:
    cfg, proc = generate(tmp_path, {"resources": {"pets": {"methods": {
        "create": {"route": "post /pets", "stream": "Pet"},
        "retrieve": {"route": "get /pets/{pet_id}", "stream": "NoSuchSchema"},
    }}}})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"{cfg}: resources.pets.methods.create.stream: `post /pets` has no `stream` parameter" in proc.stderr
    assert "resources.pets.methods.retrieve.stream" in proc.stderr


EVENTS = [
    ("thread.run.created", {"id": "run_1", "object": "thread.run", "status": "queued"}),
    ("thread.message.delta", {"id": "msg_1", "object": "thread.message.delta",
                              "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hi"}}]}}),
    ("thread.run.completed", {"id": "run_1", "object": "thread.run", "status": "completed"}),
]


@pytest.fixture()
def server() -> Iterator[tuple[List[Dict[str, Any]], str]]:
    seen: List[Dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path, "body": body, "headers": {k.lower(): v for k, v in self.headers.items()}})
            if body.get("stream"):
                data = "".join(f"event: {e}\ndata: {json.dumps(d)}\n\n" for e, d in EVENTS) + "event: done\ndata: [DONE]\n\n"
                kind = "text/event-stream"
            else:
                data, kind = json.dumps({**EVENTS[0][1], "thread_id": "thread_1"}), "application/json"
            raw = data.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_generated_run_create_streams_typed_events(openai: Any, server: Any, mode: str) -> None:
    seen, base = server

    def names(events: List[Any]) -> List[Any]:
        return [(type(e).__name__, e.event, type(e.data).__name__) for e in events]

    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        events = list(client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
        run = client.beta.threads.runs.create("thread_1", assistant_id="asst_1")
    else:

        async def go() -> Any:
            async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
                stream = await client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
                return [e async for e in stream], await client.beta.threads.runs.create("thread_1", assistant_id="asst_1")

        events, run = asyncio.run(go())
    assert names(events) == [("ThreadRunCreated", "thread.run.created", "Run"),
                             ("ThreadMessageDelta", "thread.message.delta", "MessageDeltaEvent"),
                             ("ThreadRunCompleted", "thread.run.completed", "Run")]
    assert events[1].data.delta.content[0].text.value == "Hi"
    assert isinstance(run, openai.types.beta.threads.Run)
    assert seen[0]["body"] == {"assistant_id": "asst_1", "stream": True}
    assert seen[0]["headers"]["accept"] == "text/event-stream"
    assert all(s["headers"]["openai-beta"] == "assistants=v2" for s in seen)  # config `headers`
    assert "stream" not in seen[1]["body"]


HEADERS_CALLS = r"""
import json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import petstore

seen = []

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        seen.append([self.command, self.path, self.headers.get("X-Pets-Beta"), self.headers.get("X-Trace")])
        self.send_response(500); self.send_header("Content-Length", "0"); self.end_headers()
    do_POST = do_GET
    def log_message(self, *args):
        pass

httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
client = petstore.Petstore(api_key="k", base_url=f"http://127.0.0.1:{httpd.server_address[1]}/v1", max_retries=0)
for call in [lambda: client.pets.list(), lambda: client.pets.retrieve("p1"),
             lambda: client.pets.retrieve("p1", extra_headers={"X-Pets-Beta": "mine", "X-Trace": "t"}),
             lambda: client.owners.pets.list("o1")]:
    try:
        call()
    except petstore.InternalServerError:
        pass
print(json.dumps(seen))
"""


def test_configured_headers_are_sent_and_the_caller_can_override_them(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    cfg, proc = generate(tmp_path, {"headers": {"pets": {"X-Pets-Beta": "v1"}, "get /pets/{pet_id}": {"X-Pets-Beta": "v2"}}})
    assert proc.returncode == 0, proc.stderr
    run = subprocess.run([sys.executable, "-c", HEADERS_CALLS], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(tmp_path / "out" / "src")})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [
        ["GET", "/v1/pets", "v1", None],
        ["GET", "/v1/pets/p1", "v2", None],  # the route is more specific than the resource
        ["GET", "/v1/pets/p1", "mine", "t"],  # the caller's extra_headers win
        ["GET", "/v1/owners/o1/pets", None, None],
    ]


def test_bad_header_config_is_a_located_error(tmp_path: Path) -> None:
    cfg, proc = generate(tmp_path, {"headers": {"pets": {"Bad Name": "x", "X-Ok": "line\nbreak"}, "nowhere": {"X-A": "b"}}})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"{cfg}: headers.pets.Bad Name: must be an HTTP header name" in proc.stderr
    assert f"{cfg}: headers.pets.X-Ok: must be a header value (no control characters)" in proc.stderr
    cfg, proc = generate(tmp_path, {"headers": {"nowhere": {"X-A": "b"}}})
    assert proc.returncode == 1
    assert f"{cfg}: headers.nowhere: no resource, method or operation of the client has this name" in proc.stderr


def test_a_second_credential_must_name_a_bearer_scheme_of_the_spec(tmp_path: Path) -> None:
    cfg, proc = generate(tmp_path, {"client": {"options": [
        {"name": "admin_key", "env": "PETSTORE_ADMIN_KEY", "security_scheme": "NoSuchScheme"},
    ]}})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"{cfg}: client.options[0].security_scheme: no security scheme `NoSuchScheme`" in proc.stderr


COMPLETION_CHUNKS = [{"id": "c1", "object": "text_completion", "created": 1, "model": "gpt-3.5-turbo-instruct",
                      "choices": [{"index": 0, "text": t, "finish_reason": None, "logprobs": None}]} for t in ("Hel", "lo")]
RESPONSE_EVENTS = [{"type": "response.output_text.delta", "item_id": "m1", "output_index": 0, "content_index": 0,
                    "delta": "Hi", "sequence_number": 1, "logprobs": []}]


@pytest.fixture()
def sse_server() -> Iterator[tuple[List[str], str]]:
    seen: List[str] = []

    class Handler(BaseHTTPRequestHandler):
        def reply(self, events: List[Dict[str, Any]]) -> None:
            raw = ("".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            seen.append(f"POST {self.path} {self.rfile.read(int(self.headers['Content-Length'])).decode()}")
            self.reply(COMPLETION_CHUNKS)

        def do_GET(self) -> None:  # noqa: N802
            seen.append(f"GET {self.path}")
            self.reply(RESPONSE_EVENTS)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_completions_and_response_retrieval_stream_as_the_official_ones_do(openai: Any, sse_server: Any,
                                                                          mode: str) -> None:
    seen, base = sse_server
    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        texts = [c.choices[0].text for c in client.completions.create(model="gpt-3.5-turbo-instruct", prompt="x",
                                                                      stream=True)]
        events = list(client.responses.retrieve("resp_1", stream=True))
    else:

        async def go() -> Any:
            async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
                stream = await client.completions.create(model="gpt-3.5-turbo-instruct", prompt="x", stream=True)
                texts = [c.choices[0].text async for c in stream]
                return texts, [e async for e in await client.responses.retrieve("resp_1", stream=True)]

        texts, events = asyncio.run(go())
    assert texts == ["Hel", "lo"]
    assert [type(e).__name__ for e in events] == ["ResponseTextDeltaEvent"] and events[0].delta == "Hi"
    assert seen[0].startswith("POST /v1/completions ") and json.loads(seen[0].split(" ", 2)[2])["stream"] is True
    assert seen[1] == "GET /v1/responses/resp_1?stream=true"
