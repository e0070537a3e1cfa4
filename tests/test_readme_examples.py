"""The official openai-python README's examples, run unchanged against output/openai.

The snippets below are the README's code blocks as published with `openai` 2.40.0 (the
`METADATA` of its wheel), plus two from the 1.x README (chat streaming and the module client)
that the current one no longer shows. Each runs with `exec` against a real HTTP server on
127.0.0.1 that answers like the API (JSON bodies, SSE streams, pages, errors, request ids) and
records every request; `OPENAI_BASE_URL` / `OPENAI_API_KEY` point the examples at it, as a user
would. The tests check what the server received and what the examples printed or returned.

Where a snippet cannot run literally, the change is the one its README text asks for, and is
made in code here: placeholders (`https://...`, a proxy host, an Azure endpoint) become the local
server; names that the README defines in an earlier block (`client`, `httpx`) are supplied;
"Remove `await` for non-async usage" is done for the sync runs.
"""

from __future__ import annotations

import io
import os
import re
import ast
import sys
import json
import socket
import asyncio
import inspect
import threading
import contextlib
import subprocess
from email.parser import BytesParser
from email.policy import HTTP as HTTP_POLICY
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from typing import Any, Dict, List, Tuple, Iterator, Optional
from pathlib import Path
from urllib.parse import urlsplit, parse_qs

import httpx
import pytest

from scripts.prism import free_port
from tests.conftest import ROOT, official_readme, serve

SRC = ROOT / "output" / "openai" / "src"
API_KEY = "sk-readme-test-0123456789"

README = {
    "responses_create": """\
import os
from openai import OpenAI

client = OpenAI(
    # This is the default and can be omitted
    api_key=os.environ.get("OPENAI_API_KEY"),
)

response = client.responses.create(
    model="gpt-5.5",
    instructions="You are a coding assistant that talks like a pirate.",
    input="How do I check if a Python object is an instance of a class?",
)

print(response.output_text)
""",
    "chat_create": """\
from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-5.5",
    messages=[
        {"role": "developer", "content": "Talk like a pirate."},
        {
            "role": "user",
            "content": "How do I check if a Python object is an instance of a class?",
        },
    ],
)

print(completion.choices[0].message.content)
""",
    "vision_url": """\
prompt = "What is in this image?"
img_url = "https://upload.wikimedia.org/wikipedia/commons/thumb/d/d5/2023_06_08_Raccoon1.jpg/1599px-2023_06_08_Raccoon1.jpg"

response = client.responses.create(
    model="gpt-5.5",
    input=[
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": prompt},
                {"type": "input_image", "image_url": f"{img_url}"},
            ],
        }
    ],
)
""",
    "vision_base64": """\
import base64
from openai import OpenAI

client = OpenAI()

prompt = "What is in this image?"
with open("path/to/image.png", "rb") as image_file:
    b64_image = base64.b64encode(image_file.read()).decode("utf-8")

response = client.responses.create(
    model="gpt-5.5",
    input=[
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": prompt},
                {"type": "input_image", "image_url": f"data:image/png;base64,{b64_image}"},
            ],
        }
    ],
)
""",
    "async_usage": """\
import os
import asyncio
from openai import AsyncOpenAI

client = AsyncOpenAI(
    # This is the default and can be omitted
    api_key=os.environ.get("OPENAI_API_KEY"),
)


async def main() -> None:
    response = await client.responses.create(
        model="gpt-5.5", input="Explain disestablishmentarianism to a smart five year old."
    )
    print(response.output_text)


asyncio.run(main())
""",
    "stream": """\
from openai import OpenAI

client = OpenAI()

stream = client.responses.create(
    model="gpt-5.5",
    input="Write a one-sentence bedtime story about a unicorn.",
    stream=True,
)

for event in stream:
    print(event)
""",
    "stream_async": """\
import asyncio
from openai import AsyncOpenAI

client = AsyncOpenAI()


async def main():
    stream = await client.responses.create(
        model="gpt-5.5",
        input="Write a one-sentence bedtime story about a unicorn.",
        stream=True,
    )

    async for event in stream:
        print(event)


asyncio.run(main())
""",
    "pagination": """\
from openai import OpenAI

client = OpenAI()

all_jobs = []
# Automatically fetches more pages as needed.
for job in client.fine_tuning.jobs.list(
    limit=20,
):
    # Do something with job here
    all_jobs.append(job)
print(all_jobs)
""",
    "pagination_async": """\
import asyncio
from openai import AsyncOpenAI

client = AsyncOpenAI()


async def main() -> None:
    all_jobs = []
    # Iterate through items across all pages, issuing requests as needed.
    async for job in client.fine_tuning.jobs.list(
        limit=20,
    ):
        all_jobs.append(job)
    print(all_jobs)


asyncio.run(main())
""",
    "pagination_manual": """\
first_page = await client.fine_tuning.jobs.list(
    limit=20,
)
if first_page.has_next_page():
    print(f"will fetch next page using these details: {first_page.next_page_info()}")
    next_page = await first_page.get_next_page()
    print(f"number of items we just fetched: {len(next_page.data)}")

# Remove `await` for non-async usage.
""",
    "pagination_data": """\
first_page = await client.fine_tuning.jobs.list(
    limit=20,
)

print(f"next page cursor: {first_page.after}")  # => "next page cursor: ..."
for job in first_page.data:
    print(job.id)

# Remove `await` for non-async usage.
""",
    "nested_params": """\
from openai import OpenAI

client = OpenAI()

response = client.responses.create(
    input=[
        {
            "role": "user",
            "content": "How much ?",
        }
    ],
    model="gpt-5.5",
    text={"format": {"type": "json_object"}},
)
""",
    "file_upload": """\
from pathlib import Path
from openai import OpenAI

client = OpenAI()

client.files.create(
    file=Path("input.jsonl"),
    purpose="fine-tune",
)
""",
    "errors": """\
import openai
from openai import OpenAI

client = OpenAI()

try:
    client.fine_tuning.jobs.create(
        model="gpt-4o",
        training_file="file-abc123",
    )
except openai.APIConnectionError as e:
    print("The server could not be reached")
    print(e.__cause__)  # an underlying Exception, likely raised within httpx.
except openai.RateLimitError as e:
    print("A 429 status code was received; we should back off a bit.")
except openai.APIStatusError as e:
    print("Another non-200-range status code was received")
    print(e.status_code)
    print(e.response)
""",
    "request_id": """\
response = await client.responses.create(
    model="gpt-5.5",
    input="Say 'this is a test'.",
)
print(response._request_id)  # req_123
""",
    "request_id_on_error": """\
import openai

try:
    completion = await client.chat.completions.create(
        messages=[{"role": "user", "content": "Say this is a test"}], model="gpt-5.5"
    )
except openai.APIStatusError as exc:
    print(exc.request_id)  # req_123
    raise exc
""",
    "retries": """\
from openai import OpenAI

# Configure the default for all requests:
client = OpenAI(
    # default is 2
    max_retries=0,
)

# Or, configure per-request:
client.with_options(max_retries=5).chat.completions.create(
    messages=[
        {
            "role": "user",
            "content": "How can I get the name of the current day in JavaScript?",
        }
    ],
    model="gpt-5.5",
)
""",
    "timeouts": """\
from openai import OpenAI

# Configure the default for all requests:
client = OpenAI(
    # 20 seconds (default is 10 minutes)
    timeout=20.0,
)

# More granular control:
client = OpenAI(
    timeout=httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0),
)

# Override per-request:
client.with_options(timeout=5.0).chat.completions.create(
    messages=[
        {
            "role": "user",
            "content": "How can I list all files in a directory using Python?",
        }
    ],
    model="gpt-5.5",
)
""",
    "raw_response": """\
from openai import OpenAI

client = OpenAI()
response = client.chat.completions.with_raw_response.create(
    messages=[{
        "role": "user",
        "content": "Say this is a test",
    }],
    model="gpt-5.5",
)
print(response.headers.get('X-My-Header'))

completion = response.parse()  # get the object that `chat.completions.create()` would have returned
print(completion)
""",
    "streaming_response": """\
with client.chat.completions.with_streaming_response.create(
    messages=[
        {
            "role": "user",
            "content": "Say this is a test",
        }
    ],
    model="gpt-5.5",
) as response:
    print(response.headers.get("X-My-Header"))

    for line in response.iter_lines():
        print(line)
""",
    "custom_request": """\
import httpx

response = client.post(
    "/foo",
    cast_to=httpx.Response,
    body={"my_param": True},
)

print(response.headers.get("x-foo"))
""",
    "http_client": """\
import httpx
from openai import OpenAI, DefaultHttpxClient

client = OpenAI(
    # Or use the `OPENAI_BASE_URL` env var
    base_url="http://my.test.server.example.com:8083/v1",
    http_client=DefaultHttpxClient(
        proxy="http://my.test.proxy.example.com",
        transport=httpx.HTTPTransport(local_address="0.0.0.0"),
    ),
)
""",
    "managing_resources": """\
from openai import OpenAI

with OpenAI() as client:
  # make requests here
  ...

# HTTP client is now closed
""",
    "azure": """\
from openai import AzureOpenAI

# gets the API Key from environment variable AZURE_OPENAI_API_KEY
client = AzureOpenAI(
    # https://learn.microsoft.com/azure/ai-services/openai/reference#rest-api-versioning
    api_version="2023-07-01-preview",
    # https://learn.microsoft.com/azure/cognitive-services/openai/how-to/create-resource?pivots=web-portal#create-a-resource
    azure_endpoint="https://example-endpoint.openai.azure.com",
)

completion = client.chat.completions.create(
    model="deployment-name",  # e.g. gpt-35-instant
    messages=[
        {
            "role": "user",
            "content": "How do I output all files in a directory using Python?",
        },
    ],
)
print(completion.to_json())
""",
    "version": """\
import openai
print(openai.__version__)
""",
}

# From the openai 1.x README ("Streaming responses" and "Module-level client").
README_1X = {
    "chat_stream": """\
from openai import OpenAI

client = OpenAI()

stream = client.chat.completions.create(
    messages=[
        {
            "role": "user",
            "content": "Say this is a test",
        }
    ],
    model="gpt-4o",
    stream=True,
)
for chunk in stream:
    print(chunk.choices[0].delta.content or "", end="")
""",
    "module_client": """\
import openai

# optional; defaults to `os.environ['OPENAI_API_KEY']`
openai.api_key = '...'

# all client options can be configured just like the `OpenAI` instantiation counterpart
openai.base_url = "https://..."
openai.default_headers = {"x-foo": "true"}

completion = openai.chat.completions.create(
    model="gpt-4o",
    messages=[
        {
            "role": "user",
            "content": "How do I output all files in a directory using Python?",
        },
    ],
)
print(completion.choices[0].message.content)
""",
}


CHAT_TEXT = "Arrr! Ye use isinstance(obj, cls), matey."
RESPONSE_TEXT = "Once upon a time, a unicorn dreamed of stars."
CREATED = 1_720_000_000


# --------------------------------------------------------------------------------------------
# The local API server
# --------------------------------------------------------------------------------------------


class Received:
    """One request as the server saw it."""

    def __init__(self, method: str, target: str, headers: Dict[str, str], body: bytes, request_id: str) -> None:
        self.method = method
        self.target = target  # absolute-form when the request came through as a proxy request
        parts = urlsplit(target)
        self.path = parts.path
        self.query = {k: v[0] if len(v) == 1 else v for k, v in parse_qs(parts.query).items()}
        self.headers = headers
        self.body = body
        self.request_id = request_id

    def json(self) -> Any:
        return json.loads(self.body)

    def multipart(self) -> Dict[str, Tuple[Optional[str], bytes]]:
        head = f"Content-Type: {self.headers['content-type']}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP_POLICY).parsebytes(head + self.body)
        fields: Dict[str, Tuple[Optional[str], bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True))
        return fields


def _chat_completion(model: str, request_id: str) -> Dict[str, Any]:
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "system_fingerprint": "fp_readme",
        "service_tier": "default",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": CHAT_TEXT, "refusal": None, "annotations": []},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 19, "completion_tokens": 12, "total_tokens": 31},
    }


def _chat_chunks(model: str, request_id: str) -> List[Dict[str, Any]]:
    def chunk(delta: Dict[str, Any], finish: Optional[str] = None) -> Dict[str, Any]:
        return {
            "id": f"chatcmpl-{request_id}",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": model,
            "system_fingerprint": "fp_readme",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }

    pieces = ["Arrr! ", "Ye use isinstance", "(obj, cls), matey."]
    assert "".join(pieces) == CHAT_TEXT
    return [chunk({"role": "assistant", "content": ""})] + [chunk({"content": p}) for p in pieces] + [chunk({}, "stop")]


def _response(model: str, request_id: str, status: str = "completed") -> Dict[str, Any]:
    output: List[Dict[str, Any]] = []
    if status == "completed":
        output = [
            {
                "type": "message",
                "id": "msg_readme",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": RESPONSE_TEXT, "annotations": [], "logprobs": []}],
            }
        ]
    return {
        "id": f"resp_{request_id}",
        "object": "response",
        "created_at": CREATED,
        "status": status,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "model": model,
        "output": output,
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "reasoning": {"effort": None, "summary": None},
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}},
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": {
            "input_tokens": 36,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 11,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 47,
        },
        "user": None,
        "metadata": {},
    }


def _response_events(model: str, request_id: str) -> List[Tuple[str, Dict[str, Any]]]:
    halves = ["Once upon a time, ", "a unicorn dreamed of stars."]
    assert "".join(halves) == RESPONSE_TEXT
    events: List[Tuple[str, Dict[str, Any]]] = [
        ("response.created", {"type": "response.created", "response": _response(model, request_id, "in_progress")})
    ]
    for half in halves:
        events.append(
            (
                "response.output_text.delta",
                {
                    "type": "response.output_text.delta",
                    "item_id": "msg_readme",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": half,
                    "logprobs": [],
                },
            )
        )
    events.append(("response.completed", {"type": "response.completed", "response": _response(model, request_id)}))
    for n, (_, data) in enumerate(events):
        data["sequence_number"] = n
    return events


def _job(n: int) -> Dict[str, Any]:
    auto = {"n_epochs": "auto", "batch_size": "auto", "learning_rate_multiplier": "auto"}
    return {
        "object": "fine_tuning.job",
        "id": f"ftjob-{n}",
        "model": "gpt-4o-mini-2024-07-18",
        "created_at": CREATED + n,
        "finished_at": None,
        "fine_tuned_model": None,
        "organization_id": "org-readme",
        "result_files": [],
        "status": "queued",
        "validation_file": None,
        "training_file": "file-abc123",
        "hyperparameters": auto,
        "trained_tokens": None,
        "error": None,
        "seed": 42,
        "estimated_finish": None,
        "integrations": [],
        "metadata": None,
        "method": {"type": "supervised", "supervised": {"hyperparameters": auto}},
    }


JOBS = [_job(n) for n in (1, 2, 3)]
PAGE_SIZE = 2  # the server returns fewer items than `limit`, as the API may


def _error(message: str, type_: str, code: Optional[str] = None) -> Dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


class ApiServer:
    def __init__(self, httpd: ThreadingHTTPServer) -> None:
        self.requests: List[Received] = []
        self.queued: Dict[Tuple[str, str], List[Tuple[int, Dict[str, str], Any]]] = {}
        self.lock = threading.Lock()
        self._count = 0
        self.httpd = httpd
        self.httpd.api = self  # type: ignore[attr-defined]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.queued.clear()

    def queue(self, method: str, route: str, status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> None:
        """The next request to `route` gets this answer instead of the normal one."""
        self.queued.setdefault((method, route), []).append((status, headers or {}, body))

    def record(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> Received:
        with self.lock:
            self._count += 1
            received = Received(method, target, headers, body, f"req_{self._count:04d}")
            self.requests.append(received)
            return received

    def take_queued(self, method: str, route: str) -> Optional[Tuple[int, Dict[str, str], Any]]:
        with self.lock:
            waiting = self.queued.get((method, route))
            return waiting.pop(0) if waiting else None


def _route(path: str) -> str:
    """The API route of a path: without `/v1` or the Azure `/openai[/deployments/<name>]` prefix."""
    return re.sub(r"^/(v1|openai/deployments/[^/]+|openai)(?=/)", "", path)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle()

    def _handle(self) -> None:
        api: ApiServer = self.server.api  # type: ignore[attr-defined]
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        received = api.record(self.command, self.path, headers, body)
        route = _route(received.path)
        queued = api.take_queued(self.command, route)
        if queued is not None:
            status, extra, payload = queued
            self._json(status, payload, received, extra)
            return
        key = (self.command, route)
        data: Any = received.json() if body and headers.get("content-type") == "application/json" else {}
        rid = received.request_id
        if key == ("POST", "/chat/completions"):
            if data.get("stream"):
                self._sse([(None, c) for c in _chat_chunks(data["model"], rid)], received, done=True)
            else:
                self._json(200, _chat_completion(data["model"], rid), received)
        elif key == ("POST", "/responses"):
            if data.get("stream"):
                self._sse(_response_events(data["model"], rid), received, done=False)
            else:
                self._json(200, _response(data["model"], rid), received)
        elif key == ("GET", "/fine_tuning/jobs"):
            after = received.query.get("after")
            start = next(i + 1 for i, job in enumerate(JOBS) if job["id"] == after) if after else 0
            size = min(int(received.query.get("limit", 20)), PAGE_SIZE)
            items = JOBS[start : start + size]
            self._json(200, {"object": "list", "data": items, "has_more": start + size < len(JOBS)}, received)
        elif key == ("POST", "/fine_tuning/jobs"):
            self._json(200, dict(_job(9), model=data["model"], training_file=data["training_file"]), received)
        elif key == ("POST", "/files"):
            fields = received.multipart()
            filename, content = fields["file"]
            file = {
                "id": f"file-{rid}",
                "object": "file",
                "bytes": len(content),
                "created_at": CREATED,
                "filename": filename,
                "purpose": fields["purpose"][1].decode(),
                "status": "processed",
                "expires_at": None,
                "status_details": None,
            }
            self._json(200, file, received)
        elif key == ("POST", "/foo"):
            self._json(200, {"ok": True}, received, {"x-foo": "bar"})
        else:
            self._json(404, _error(f"Unknown route {self.command} {received.path}", "invalid_request_error"), received)

    def _common_headers(self, received: Received, extra: Dict[str, str]) -> None:
        self.send_header("x-request-id", received.request_id)
        self.send_header("X-My-Header", "my-header-value")
        self.send_header("openai-processing-ms", "12")
        for name, value in extra.items():
            self.send_header(name, value)

    def _json(self, status: int, payload: Any, received: Received, extra: Optional[Dict[str, str]] = None) -> None:
        raw = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(raw)))
        self._common_headers(received, extra or {})
        self.end_headers()
        self.wfile.write(raw)

    def _sse(self, events: List[Tuple[Optional[str], Dict[str, Any]]], received: Received, done: bool) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream; charset=utf-8")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("cache-control", "no-cache")
        self._common_headers(received, {})
        self.end_headers()
        frames = [(f"event: {name}\n" if name else "") + f"data: {json.dumps(data)}\n\n" for name, data in events]
        if done:
            frames.append("data: [DONE]\n\n")
        try:
            for frame in frames:
                raw = frame.encode()
                self.wfile.write(b"%x\r\n%s\r\n" % (len(raw), raw))
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


# --------------------------------------------------------------------------------------------
# Fixtures and the snippet runner
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api() -> Iterator[ApiServer]:
    with serve(_Handler) as httpd:
        yield ApiServer(httpd)


@pytest.fixture(autouse=True)
def user_env(api: ApiServer, openai: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """What a user of the README has: a key and a base URL in the environment, a working dir."""
    for name in list(os.environ):
        if name.upper().endswith("_PROXY") or name.startswith(("OPENAI_", "AZURE_OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", f"{api.url}/v1")
    monkeypatch.chdir(tmp_path)
    api.reset()


@pytest.fixture()
def sleeps(openai: Any, monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """Retry waits, recorded instead of slept (the backoff values are asserted, not timed)."""
    slept: List[float] = []
    base = sys.modules["openai._base_client"]

    def sleep(self: Any, seconds: float) -> None:
        slept.append(seconds)

    async def async_sleep(self: Any, seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(base.SyncAPIClient, "_sleep", sleep)
    monkeypatch.setattr(base.AsyncAPIClient, "_sleep", async_sleep)
    return slept


@pytest.fixture()
def wire_timeouts(monkeypatch: pytest.MonkeyPatch) -> List[Dict[str, Optional[float]]]:
    """The timeouts httpx hands to its real transports, per request."""
    seen: List[Dict[str, Optional[float]]] = []
    original = httpx.HTTPTransport.handle_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return original(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle_request)
    return seen


def run(
    code: str, namespace: Optional[Dict[str, Any]] = None, out: Optional[io.StringIO] = None
) -> Tuple[str, Dict[str, Any]]:
    """Runs a snippet (top-level `await` allowed, as in the README) and returns what it printed."""
    ns: Dict[str, Any] = {"__name__": "__readme__"}
    ns.update(namespace or {})
    compiled = compile(code, "<README snippet>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    out = out if out is not None else io.StringIO()
    with contextlib.redirect_stdout(out):
        result = eval(compiled, ns)  # noqa: S307 - the README snippet under test
        if inspect.iscoroutine(result):
            asyncio.run(result)
    return out.getvalue(), ns


def without_await(code: str) -> str:
    """The README's "Remove `await` for non-async usage"."""
    assert "await " in code
    return code.replace("await ", "")


def substituted(code: str, placeholder: str, value: str) -> str:
    assert code.count(placeholder) == 1, placeholder
    return code.replace(placeholder, value)


def only(api: ApiServer) -> Received:
    assert len(api.requests) == 1, [(r.method, r.target) for r in api.requests]
    return api.requests[0]


def bearer(received: Received) -> str:
    return received.headers["authorization"]


# --------------------------------------------------------------------------------------------
# The examples
# --------------------------------------------------------------------------------------------


def test_snippets_are_the_published_readme_text() -> None:
    published = official_readme()
    for name, code in README.items():
        assert code in published, name


def test_chat_completions_create(api: ApiServer) -> None:
    out, ns = run(README["chat_create"])
    assert out == CHAT_TEXT + "\n"
    received = only(api)
    assert (received.method, received.path) == ("POST", "/v1/chat/completions")
    assert bearer(received) == f"Bearer {API_KEY}"
    assert received.headers["content-type"] == "application/json"
    assert received.json() == {
        "model": "gpt-5.5",
        "messages": [
            {"role": "developer", "content": "Talk like a pirate."},
            {"role": "user", "content": "How do I check if a Python object is an instance of a class?"},
        ],
    }
    completion = ns["completion"]
    assert type(completion).__name__ == "ChatCompletion"
    assert completion.usage.total_tokens == 31 and completion.choices[0].finish_reason == "stop"
    assert completion._request_id == received.request_id


def test_responses_create_sync_and_async_send_the_request(api: ApiServer) -> None:
    _, ns = run(README["responses_create"])
    received = only(api)
    assert (received.method, received.path) == ("POST", "/v1/responses")
    assert received.json() == {
        "model": "gpt-5.5",
        "instructions": "You are a coding assistant that talks like a pirate.",
        "input": "How do I check if a Python object is an instance of a class?",
    }
    response = ns["response"]
    assert type(response).__name__ == "Response"
    assert response.output[0].content[0].text == RESPONSE_TEXT

    api.reset()
    run(README["async_usage"])
    received = only(api)
    assert received.json() == {"model": "gpt-5.5", "input": "Explain disestablishmentarianism to a smart five year old."}
    assert bearer(received) == f"Bearer {API_KEY}"


def test_responses_output_text_is_printed(api: ApiServer) -> None:
    out, _ = run(README["responses_create"])
    assert out == RESPONSE_TEXT + "\n"


def test_vision_with_url_and_base64(api: ApiServer, openai: Any) -> None:
    run(README["vision_url"], {"client": openai.OpenAI()})
    content = only(api).json()["input"][0]["content"]
    assert content[0] == {"type": "input_text", "text": "What is in this image?"}
    assert content[1]["type"] == "input_image" and content[1]["image_url"].startswith("https://upload.wikimedia.org/")

    api.reset()
    image = Path("path/to/image.png")
    image.parent.mkdir(parents=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n fake image")
    run(README["vision_base64"])
    content = only(api).json()["input"][0]["content"]
    assert content[1] == {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgogZmFrZSBpbWFnZQ=="}


def test_chat_streaming_1x_readme(api: ApiServer) -> None:
    out, ns = run(README_1X["chat_stream"])
    assert out == CHAT_TEXT
    received = only(api)
    assert received.json()["stream"] is True
    assert ns["stream"].response.is_closed


def _printed_event_classes(out: str) -> List[str]:
    return [line.split("(", 1)[0] for line in out.splitlines()]


EVENT_CLASSES = ["ResponseCreatedEvent", "ResponseTextDeltaEvent", "ResponseTextDeltaEvent", "ResponseCompletedEvent"]


def test_responses_streaming_sync(api: ApiServer) -> None:
    out, ns = run(README["stream"])
    assert _printed_event_classes(out) == EVENT_CLASSES
    assert "delta='Once upon a time, '" in out.splitlines()[1]
    assert only(api).json() == {
        "model": "gpt-5.5",
        "input": "Write a one-sentence bedtime story about a unicorn.",
        "stream": True,
    }
    assert ns["stream"].response.is_closed


def test_responses_streaming_async(api: ApiServer) -> None:
    out, _ = run(README["stream_async"])
    assert _printed_event_classes(out) == EVENT_CLASSES
    assert only(api).json()["stream"] is True


def _job_list_requests(api: ApiServer) -> List[Tuple[str, Dict[str, Any]]]:
    return [(r.path, r.query) for r in api.requests]


PAGED = [
    ("/v1/fine_tuning/jobs", {"limit": "20"}),
    ("/v1/fine_tuning/jobs", {"limit": "20", "after": "ftjob-2"}),
]


def test_auto_pagination_sync(api: ApiServer) -> None:
    out, ns = run(README["pagination"])
    assert [job.id for job in ns["all_jobs"]] == ["ftjob-1", "ftjob-2", "ftjob-3"]
    assert type(ns["all_jobs"][0]).__name__ == "FineTuningJob"
    assert out.startswith("[FineTuningJob(") and out.count("FineTuningJob(") == 3
    assert _job_list_requests(api) == PAGED


def test_auto_pagination_async(api: ApiServer) -> None:
    out, _ = run(README["pagination_async"])
    assert out.startswith("[FineTuningJob(") and out.count("FineTuningJob(") == 3
    assert _job_list_requests(api) == PAGED


@pytest.mark.parametrize("flavour", ["async", "sync"])
def test_manual_pagination(api: ApiServer, openai: Any, flavour: str) -> None:
    code = README["pagination_manual"]
    if flavour == "async":
        out, ns = run(code, {"client": openai.AsyncOpenAI()})
    else:
        out, ns = run(without_await(code), {"client": openai.OpenAI()})
    lines = out.splitlines()
    assert lines[0].startswith("will fetch next page using these details: ") and "'after': 'ftjob-2'" in lines[0]
    assert lines[1:] == ["number of items we just fetched: 1"]
    assert [job.id for job in ns["next_page"].data] == ["ftjob-3"]
    assert not ns["next_page"].has_next_page()
    assert _job_list_requests(api) == PAGED


def test_page_data_and_the_after_attribute(api: ApiServer, openai: Any) -> None:
    # The README prints `first_page.after`, which cursor pages do not have: the official 2.40.0
    # raises AttributeError on this line too (checked by hand); the data loop is what works.
    code = README["pagination_data"]
    with pytest.raises(AttributeError, match="after"):
        run(code, {"client": openai.AsyncOpenAI()})
    api.reset()
    data_only = code.replace('print(f"next page cursor: {first_page.after}")  # => "next page cursor: ..."\n', "")
    out, _ = run(without_await(data_only), {"client": openai.OpenAI()})
    assert out.splitlines() == ["ftjob-1", "ftjob-2"]


def test_nested_params(api: ApiServer) -> None:
    run(README["nested_params"])
    assert only(api).json() == {
        "input": [{"role": "user", "content": "How much ?"}],
        "model": "gpt-5.5",
        "text": {"format": {"type": "json_object"}},
    }


def test_file_upload_from_path_sync_and_async(api: ApiServer, openai: Any) -> None:
    Path("input.jsonl").write_bytes(b'{"messages": []}\n{"messages": []}\n')
    run(README["file_upload"])
    received = only(api)
    assert received.path == "/v1/files"
    assert received.headers["content-type"].startswith("multipart/form-data; boundary=")
    fields = received.multipart()
    assert fields["file"] == ("input.jsonl", b'{"messages": []}\n{"messages": []}\n')
    assert fields["purpose"] == (None, b"fine-tune")

    api.reset()

    async def upload() -> Any:
        async with openai.AsyncOpenAI() as client:
            return await client.files.create(file=Path("input.jsonl"), purpose="fine-tune")

    file = asyncio.run(upload())
    assert (file.filename, file.bytes, file.purpose) == ("input.jsonl", 34, "fine-tune")
    assert only(api).multipart()["file"] == fields["file"]


def test_error_handling_connection_error(api: ApiServer, sleeps: List[float], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    out, _ = run(README["errors"])
    lines = out.splitlines()
    assert lines[0] == "The server could not be reached"
    assert "refused" in lines[1].lower() or "connect" in lines[1].lower()
    assert len(sleeps) == 2  # retried twice by default
    assert api.requests == []


def test_error_handling_rate_limit_is_retried_then_raised(api: ApiServer, sleeps: List[float]) -> None:
    for _ in range(3):
        api.queue("POST", "/fine_tuning/jobs", 429, _error("Rate limit reached", "requests", "rate_limit_exceeded"),
                  {"retry-after-ms": "250"})
    out, _ = run(README["errors"])
    assert out == "A 429 status code was received; we should back off a bit.\n"
    assert [r.json() for r in api.requests] == [{"model": "gpt-4o", "training_file": "file-abc123"}] * 3
    assert sleeps == [0.25, 0.25]


def test_error_handling_other_status(api: ApiServer) -> None:
    api.queue("POST", "/fine_tuning/jobs", 400, _error("invalid training_file: file-abc123", "invalid_request_error"))
    out, _ = run(README["errors"])
    assert out.splitlines() == ["Another non-200-range status code was received", "400", "<Response [400 Bad Request]>"]
    assert len(api.requests) == 1  # 400 is not retried


@pytest.mark.parametrize(
    "status,name",
    [(400, "BadRequestError"), (401, "AuthenticationError"), (403, "PermissionDeniedError"),
     (404, "NotFoundError"), (409, "ConflictError"), (422, "UnprocessableEntityError"),
     (429, "RateLimitError"), (500, "InternalServerError"), (503, "InternalServerError")],
)
def test_error_codes_table(api: ApiServer, openai: Any, status: int, name: str) -> None:
    api.queue("POST", "/chat/completions", status, _error(f"status {status}", "error"))
    client = openai.OpenAI(max_retries=0)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="gpt-5.5", messages=[{"role": "user", "content": "hi"}])
    assert type(info.value) is getattr(openai, name)
    assert isinstance(info.value, openai.APIError)
    assert info.value.status_code == status and info.value.message.startswith(f"Error code: {status} - ")
    assert info.value.body["message"] == f"status {status}"
    assert info.value.request_id == only(api).request_id
    assert not issubclass(openai.APIConnectionError, openai.APIStatusError)


def test_request_id(api: ApiServer, openai: Any) -> None:
    out, ns = run(README["request_id"], {"client": openai.AsyncOpenAI()})
    assert out == only(api).request_id + "\n"
    assert re.fullmatch(r"req_\d{4}\n", out)


def test_request_id_of_a_failed_request(api: ApiServer, openai: Any) -> None:
    api.queue("POST", "/chat/completions", 400, _error("bad", "invalid_request_error"))
    out = io.StringIO()
    with pytest.raises(openai.BadRequestError) as info:
        run(README["request_id_on_error"], {"client": openai.AsyncOpenAI()}, out)
    assert info.value.request_id == only(api).request_id
    assert out.getvalue() == info.value.request_id + "\n"


def test_retries(api: ApiServer, openai: Any, sleeps: List[float]) -> None:
    for _ in range(3):
        api.queue("POST", "/chat/completions", 500, _error("The server had an error", "server_error"))
    _, ns = run(README["retries"])
    assert ns["client"].max_retries == 0
    assert len(api.requests) == 4  # three 500s retried by with_options(max_retries=5), then 200
    retry_counts = [
        [v for k, v in r.headers.items() if k.endswith("retry-count")] for r in api.requests
    ]
    assert retry_counts == [["0"], ["1"], ["2"], ["3"]]
    assert len(sleeps) == 3 and all(0 < s <= 8.0 for s in sleeps)
    assert sleeps[0] < sleeps[2]  # exponential backoff

    api.reset()
    api.queue("POST", "/chat/completions", 500, _error("The server had an error", "server_error"))
    with pytest.raises(openai.InternalServerError):
        ns["client"].chat.completions.create(model="gpt-5.5", messages=[{"role": "user", "content": "x"}])
    assert len(api.requests) == 1  # max_retries=0 on the client


def test_timeouts(api: ApiServer, openai: Any, wire_timeouts: List[Dict[str, Optional[float]]]) -> None:
    _, ns = run(README["timeouts"], {"httpx": httpx})
    assert wire_timeouts == [{"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}]
    client = ns["client"]
    assert client.timeout == httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0)
    client.chat.completions.create(model="gpt-5.5", messages=[{"role": "user", "content": "x"}])
    assert wire_timeouts[-1] == {"connect": 2.0, "read": 5.0, "write": 10.0, "pool": 60.0}
    assert len(api.requests) == 2


def test_timeout_raises_api_timeout_error(api: ApiServer, openai: Any, sleeps: List[float]) -> None:
    # A server that accepts the connection and never answers: the read timeout fires.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{silent.getsockname()[1]}/v1", timeout=0.2)
        with pytest.raises(openai.APITimeoutError) as info:
            client.chat.completions.create(model="gpt-5.5", messages=[{"role": "user", "content": "x"}])
        assert isinstance(info.value, openai.APIConnectionError)
        assert len(sleeps) == 2  # timeouts are retried twice by default
        client.close()


def test_raw_response(api: ApiServer) -> None:
    out, ns = run(README["raw_response"])
    lines = out.splitlines()
    assert lines[0] == "my-header-value"
    assert lines[1].startswith("ChatCompletion(id='chatcmpl-req_")
    assert ns["completion"].choices[0].message.content == CHAT_TEXT
    assert ns["response"].http_response.status_code == 200
    assert only(api).json()["messages"] == [{"role": "user", "content": "Say this is a test"}]


def test_with_streaming_response(api: ApiServer, openai: Any) -> None:
    out, ns = run(README["streaming_response"], {"client": openai.OpenAI()})
    lines = out.splitlines()
    assert lines[0] == "my-header-value"
    assert json.loads("".join(lines[1:]))["choices"][0]["message"]["content"] == CHAT_TEXT
    assert only(api).path == "/v1/chat/completions"


def test_custom_request(api: ApiServer, openai: Any) -> None:
    out, ns = run(README["custom_request"], {"client": openai.OpenAI()})
    assert out == "bar\n"
    assert isinstance(ns["response"], httpx.Response)
    received = only(api)
    assert (received.method, received.path, received.json()) == ("POST", "/v1/foo", {"my_param": True})
    assert bearer(received) == f"Bearer {API_KEY}"


def test_http_client_with_proxy_and_transport(api: ApiServer, openai: Any) -> None:
    # The README's proxy host becomes the local server, which then sees proxy-form requests for the
    # README's (unresolvable) base_url: proof that the request went through the configured proxy.
    code = substituted(README["http_client"], '"http://my.test.proxy.example.com"', repr(api.url))
    _, ns = run(code)
    client = ns["client"]
    completion = client.chat.completions.create(model="gpt-5.5", messages=[{"role": "user", "content": "x"}])
    assert completion.choices[0].message.content == CHAT_TEXT
    assert only(api).target == "http://my.test.server.example.com:8083/v1/chat/completions"
    assert isinstance(client._client, openai.DefaultHttpxClient)
    client.close()


def test_managing_http_resources(api: ApiServer) -> None:
    _, ns = run(README["managing_resources"])
    assert ns["client"].is_closed()


def test_azure(api: ApiServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-key-42")
    monkeypatch.delenv("OPENAI_BASE_URL")
    code = substituted(README["azure"], '"https://example-endpoint.openai.azure.com"', repr(api.url))
    out, ns = run(code)
    received = only(api)
    assert received.path == "/openai/deployments/deployment-name/chat/completions"
    assert received.query == {"api-version": "2023-07-01-preview"}
    assert received.headers["api-key"] == "azure-key-42"
    assert "authorization" not in received.headers
    assert received.json()["model"] == "deployment-name"
    assert json.loads(out)["choices"][0]["message"]["content"] == CHAT_TEXT


def test_module_client_1x_readme(api: ApiServer, openai: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("api_key", "base_url", "default_headers"):
        monkeypatch.setattr(openai, name, getattr(openai, name))  # restored after the test
    monkeypatch.delenv("OPENAI_BASE_URL")
    code = substituted(README_1X["module_client"], '"https://..."', repr(f"{api.url}/v1"))
    out, _ = run(code)
    assert out == CHAT_TEXT + "\n"
    received = only(api)
    assert received.path == "/v1/chat/completions"
    assert received.headers["authorization"] == "Bearer ..."
    assert received.headers["x-foo"] == "true"

    # a later change of the module settings applies to the next call
    api.reset()
    openai.api_key = "sk-changed"
    openai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "again"}])
    assert only(api).headers["authorization"] == "Bearer sk-changed"


def test_version(openai: Any) -> None:
    out, _ = run(README["version"])
    assert out == "2.40.0\n" == openai.__version__ + "\n"


@pytest.mark.parametrize("level", ["info", "debug"])
def test_logging_env_var(api: ApiServer, level: str) -> None:
    env = dict(os.environ, OPENAI_LOG=level, PYTHONPATH=str(SRC))
    r = subprocess.run([sys.executable, "-c", README["chat_create"]], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == CHAT_TEXT + "\n"
    line = f'HTTP Request: POST {api.url}/v1/chat/completions "200 OK"'
    assert line in r.stderr
    assert API_KEY not in r.stderr
    if level == "debug":
        assert f"request_id: {only(api).request_id}" in r.stderr
    else:
        assert "DEBUG" not in r.stderr
