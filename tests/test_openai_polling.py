"""The `poll` helpers of output/openai (spec/openai/lib/_pollers.py), sync and async, against a real
HTTP server on 127.0.0.1 whose objects move through their statuses one GET at a time. The waits
between GETs are recorded (the sleep functions are replaced), so the tests check which interval
was chosen without timing anything."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from tests.conftest import call_openai, send_json, serve

pytestmark = pytest.mark.xdist_group("openai-polling")

RUN = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_1", "assistant_id": "asst_1",
       "instructions": "", "model": "gpt-4o", "tools": [], "parallel_tool_calls": True}
VS_FILE = {"id": "file_1", "object": "vector_store.file", "created_at": 1, "vector_store_id": "vs_1", "usage_bytes": 1,
           "last_error": None}
BATCH = {"id": "vsfb_1", "object": "vector_store.files_batch", "created_at": 1, "vector_store_id": "vs_1",
         "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}}
VIDEO = {"id": "video_1", "object": "video", "created_at": 1, "model": "sora-2", "progress": 0, "seconds": "4",
         "size": "720x1280"}
FILE = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl", "purpose": "batch"}


class Script:
    """Per path, the statuses the next GETs answer with (the last one repeats), and the requests."""

    def __init__(self) -> None:
        self.statuses: Dict[str, List[str]] = {}
        self.bodies: Dict[str, Dict[str, Any]] = {}
        self.advice: Optional[str] = None  # openai-poll-after-ms on every answer
        self.created: Dict[str, Dict[str, Any]] = {}  # POST path -> the object it answers with
        self.seen: List[Tuple[str, Dict[str, str]]] = []


@pytest.fixture()
def server() -> Iterator[tuple[Script, str]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?")[0]
            script.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            queue = script.statuses[path]
            status = queue.pop(0) if len(queue) > 1 else queue[0]
            body = json.dumps({**script.bodies[path], "status": status}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if script.advice is not None:
                self.send_header("openai-poll-after-ms", script.advice)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            script.seen.append((f"POST {self.path} {self.rfile.read(length).decode()}", {}))
            send_json(self, script.created.get(self.path.split("?")[0], {**VS_FILE, "status": "in_progress"}))

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield script, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


@pytest.fixture()
def waits(openai: Any, monkeypatch: Any) -> List[float]:
    """The seconds each poll waited, sync or async; nothing really sleeps."""
    recorded: List[float] = []
    polling = __import__("openai.lib._polling", fromlist=["x"])
    monkeypatch.setattr(polling.time, "sleep", recorded.append)
    import anyio

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(anyio, "sleep", fake_sleep)
    return recorded


call = call_openai


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_run_poll_follows_the_server_hint(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    script.statuses["/v1/threads/thread_1/runs/run_1"] = ["queued", "in_progress", "requires_action"]
    script.bodies["/v1/threads/thread_1/runs/run_1"] = RUN
    script.advice = "25"
    with pytest.warns(DeprecationWarning, match="Assistants API"):
        run = call(openai, base, mode, "beta.threads.runs.poll", "run_1", thread_id="thread_1",
                   extra_headers={"X-Trace": "t1"}, extra_query={"trace": "1"})
    assert isinstance(run, openai.types.beta.threads.Run) and run.status == "requires_action"
    assert waits == [0.025, 0.025]
    assert [p for p, _ in script.seen] == ["/v1/threads/thread_1/runs/run_1?trace=1"] * 3
    assert all(h.get("x-trace") == "t1" for _, h in script.seen)
    assert all(h.get("openai-beta") == "assistants=v2" for _, h in script.seen)  # as every Assistants call
    assert not any(k.startswith("x-sdkgen-raw") for _, h in script.seen for k in h)  # internal, never sent


@MODES
def test_explicit_interval_wins_and_default_applies(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    path = "/v1/vector_stores/vs_1/files/file_1"
    script.bodies[path] = VS_FILE
    script.statuses[path] = ["in_progress", "in_progress", "failed"]
    script.advice = "25"
    failed = call(openai, base, mode, "vector_stores.files.poll", "file_1", vector_store_id="vs_1", poll_interval_ms=40)
    assert failed.status == "failed"  # a terminal failure is returned, not raised
    assert waits == [0.04, 0.04]
    waits.clear()
    script.advice = None
    script.statuses[path] = ["in_progress", "completed"]
    done = call(openai, base, mode, "vector_stores.files.poll", "file_1", vector_store_id="vs_1")
    assert done.status == "completed" and waits == [1.0]


@MODES
def test_batch_and_video_polls(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    script.advice = "5"
    script.bodies["/v1/vector_stores/vs_1/file_batches/vsfb_1"] = BATCH
    script.statuses["/v1/vector_stores/vs_1/file_batches/vsfb_1"] = ["in_progress", "cancelled"]
    batch = call(openai, base, mode, "vector_stores.file_batches.poll", "vsfb_1", vector_store_id="vs_1")
    assert batch.status == "cancelled"
    script.bodies["/v1/videos/video_1"] = VIDEO
    script.statuses["/v1/videos/video_1"] = ["queued", "in_progress", "completed"]
    video = call(openai, base, mode, "videos.poll", "video_1")
    assert isinstance(video, openai.types.Video) and video.status == "completed"
    assert waits == [0.005, 0.005, 0.005]


@MODES
def test_wait_for_processing(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    script.bodies["/v1/files/file-1"] = FILE
    script.statuses["/v1/files/file-1"] = ["uploaded", "uploaded", "processed"]
    processed = call(openai, base, mode, "files.wait_for_processing", "file-1", poll_interval=0.5)
    assert processed.status == "processed" and waits == [0.5, 0.5]
    script.statuses["/v1/files/file-1"] = ["uploaded"]
    with pytest.raises(RuntimeError, match="still `uploaded`"):
        call(openai, base, mode, "files.wait_for_processing", "file-1", poll_interval=1.0, max_wait_seconds=0.5)


@MODES
def test_empty_ids_are_refused_before_any_request(openai: Any, server: Any, mode: str) -> None:
    script, base = server
    with pytest.raises(ValueError, match="thread_id"), pytest.warns(DeprecationWarning):
        call(openai, base, mode, "beta.threads.runs.poll", "run_1", thread_id="")
    assert script.seen == []


@MODES
def test_create_and_poll_attaches_then_polls(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    path = "/v1/vector_stores/vs_1/files/file_1"
    script.bodies[path] = VS_FILE
    script.statuses[path] = ["in_progress", "completed"]
    done = call(openai, base, mode, "vector_stores.files.create_and_poll", "file_1", vector_store_id="vs_1",
                attributes={"team": "a"}, poll_interval_ms=10)
    assert done.status == "completed" and waits == [0.01]
    first, _ = script.seen[0]
    assert first.startswith("POST /v1/vector_stores/vs_1/files ")
    assert json.loads(first.split(" ", 2)[2]) == {"file_id": "file_1", "attributes": {"team": "a"}}
    assert [p for p, _ in script.seen[1:]] == [path, path]


def form_fields(body: str) -> Dict[str, str]:
    """The plain fields of a multipart/form-data body."""
    boundary = body.split("\r\n", 1)[0]
    fields = {}
    for part in body.split(boundary)[1:-1]:
        head, _, value = part.strip("\r\n").partition("\r\n\r\n")
        name = re.search(r'name="([^"]+)"', head)
        assert name, head
        fields[name.group(1)] = value
    return fields


def posted(script: Script) -> List[Tuple[str, Any]]:
    """The POSTs the server saw: (path with query, JSON or multipart body)."""
    out = []
    for line, _ in script.seen:
        if line.startswith("POST "):
            _, path, body = line.split(" ", 2)
            out.append((path, form_fields(body) if body.startswith("--") else json.loads(body)))
    return out


REQUIRES_ACTION = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
    {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Oslo\"}"}}]}}


@MODES
def test_run_lifecycle_create_poll_act_complete(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    """queued -> in_progress -> requires_action, tool outputs submitted, -> in_progress -> completed."""
    script, base = server
    run_path = "/v1/threads/thread_1/runs/run_1"
    script.created["/v1/threads/thread_1/runs"] = {**RUN, "status": "queued"}
    script.bodies[run_path] = {**RUN, "required_action": REQUIRES_ACTION}
    script.statuses[run_path] = ["queued", "in_progress", "requires_action"]
    script.advice = "15"
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        run = call(openai, base, mode, "beta.threads.runs.create_and_poll", thread_id="thread_1",
                   assistant_id="asst_1", instructions="be brief", include=["step_details.tool_calls[*].file_search.results[*].content"])
    assert run.status == "requires_action"
    assert run.required_action.submit_tool_outputs.tool_calls[0].function.name == "get_weather"
    assert posted(script) == [(
        "/v1/threads/thread_1/runs?include%5B%5D=step_details.tool_calls%5B%2A%5D.file_search.results%5B%2A%5D.content",
        {"assistant_id": "asst_1", "instructions": "be brief"},  # no `stream` key: a plain create
    )]
    assert waits == [0.015, 0.015]  # GET queued, wait, GET in_progress, wait, GET requires_action

    script.seen.clear()
    waits.clear()
    script.created["/v1/threads/thread_1/runs/run_1/submit_tool_outputs"] = {**RUN, "status": "queued"}
    script.bodies[run_path] = RUN
    script.statuses[run_path] = ["in_progress", "completed"]
    script.advice = None
    with pytest.warns(DeprecationWarning):
        done = call(openai, base, mode, "beta.threads.runs.submit_tool_outputs_and_poll", run_id="run_1",
                    thread_id="thread_1", tool_outputs=[{"tool_call_id": "call_1", "output": "12C"}], poll_interval_ms=30)
    assert done.status == "completed" and waits == [0.03]
    assert posted(script) == [("/v1/threads/thread_1/runs/run_1/submit_tool_outputs",
                               {"tool_outputs": [{"tool_call_id": "call_1", "output": "12C"}]})]


@MODES
def test_create_and_run_poll(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    script.created["/v1/threads/runs"] = {**RUN, "id": "run_2", "thread_id": "thread_9", "status": "queued"}
    script.bodies["/v1/threads/thread_9/runs/run_2"] = {**RUN, "id": "run_2", "thread_id": "thread_9"}
    script.statuses["/v1/threads/thread_9/runs/run_2"] = ["in_progress", "failed"]
    with pytest.warns(DeprecationWarning):
        run = call(openai, base, mode, "beta.threads.create_and_run_poll", assistant_id="asst_1",
                   thread={"messages": [{"role": "user", "content": "hi"}]}, extra_headers={"X-Trace": "t2"})
    assert run.id == "run_2" and run.status == "failed"  # a failed run is returned, as the official does
    assert posted(script) == [("/v1/threads/runs", {"assistant_id": "asst_1",
                                                    "thread": {"messages": [{"role": "user", "content": "hi"}]}})]
    gets = [(p, h) for p, h in script.seen if not p.startswith("POST ")]
    assert [p for p, _ in gets] == ["/v1/threads/thread_9/runs/run_2"] * 2
    assert all(h.get("x-trace") == "t2" for _, h in gets)  # per-call options reach the polls too
    assert waits == [1.0]


@MODES
def test_batch_and_video_create_and_poll(openai: Any, server: Any, waits: List[float], mode: str) -> None:
    script, base = server
    script.created["/v1/vector_stores/vs_1/file_batches"] = {**BATCH, "status": "in_progress"}
    script.bodies["/v1/vector_stores/vs_1/file_batches/vsfb_1"] = BATCH
    script.statuses["/v1/vector_stores/vs_1/file_batches/vsfb_1"] = ["in_progress", "completed"]
    batch = call(openai, base, mode, "vector_stores.file_batches.create_and_poll", "vs_1", file_ids=["f1", "f2"],
                 poll_interval_ms=0)
    assert batch.status == "completed" and waits == [0.0]
    script.created["/v1/videos"] = {**VIDEO, "status": "queued"}
    script.bodies["/v1/videos/video_1"] = VIDEO
    script.statuses["/v1/videos/video_1"] = ["in_progress", "completed"]
    video = call(openai, base, mode, "videos.create_and_poll", prompt="a cat", seconds="4", poll_interval_ms=7)
    assert video.status == "completed" and waits == [0.0, 0.007]
    assert [b for _, b in posted(script)] == [{"file_ids": ["f1", "f2"]}, {"prompt": "a cat", "seconds": "4"}]
