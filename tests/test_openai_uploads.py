"""The upload helpers of output/openai (spec/openai/lib/_pollers.py, _uploads.py), sync and async,
against a real HTTP server on 127.0.0.1: `vector_stores.files.upload[_and_poll]`,
`vector_stores.file_batches.upload_and_poll` (bounded concurrency, first failure raised, no batch
after a failure) and `uploads.upload_file_chunked` (parts in file order whatever order they
finish in, a failed part cancels the Upload, a 100 MB file within 100 MB of extra peak memory)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from tests.conftest import ROOT, call_openai, send_json, serve

pytestmark = pytest.mark.xdist_group("openai-uploads")

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
BATCH = {"id": "vsfb_1", "object": "vector_store.files_batch", "created_at": 1, "vector_store_id": "vs_1",
         "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}}
VS_FILE = {"id": "", "object": "vector_store.file", "created_at": 1, "vector_store_id": "vs_1", "usage_bytes": 1,
           "last_error": None}


class Server:
    """What the server saw, and how it behaves."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: List[Tuple[str, str]] = []  # (method path, JSON body or multipart summary)
        self.in_flight = 0
        self.max_in_flight = 0
        self.started = 0
        self.finished = 0
        self.upload_delay = 0.0
        self.fail_names: set[str] = set()
        self.parts: Dict[str, Tuple[str, int]] = {}  # part id -> (sha256 of its data, length)
        self.part_delays: List[float] = []  # seconds, taken one per part in arrival order
        self.fail_part: Optional[int] = None  # the arrival number of a part answered with 500
        self.part_headers: List[Dict[str, str]] = []
        self.batch_status = ["in_progress", "completed"]
        self.cut = 0  # answers that found the connection closed by the client


def multipart_head(rfile: Any, length: int, boundary: bytes) -> Tuple[bytes, int]:
    """Reads a one-or-more-field multipart body's start up to its first field's data; returns the
    field headers and how many bytes of the body are left."""
    head = b""
    while b"\r\n\r\n" not in head:
        head += rfile.read(1)
    return head, length - len(head)


def parse_small_multipart(body: bytes, boundary: bytes) -> Dict[str, Tuple[Optional[str], bytes]]:
    fields: Dict[str, Tuple[Optional[str], bytes]] = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        headers, _, value = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = headers.decode().split("\r\n")[0]
        name = disposition.split('name="')[1].split('"')[0]
        filename = disposition.split('filename="')[1].split('"')[0] if 'filename="' in disposition else None
        fields[name] = (filename, value)
    return fields


@pytest.fixture()
def server() -> Iterator[Tuple[Server, str]]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle(self) -> None:
            try:
                super().handle()
            except (BrokenPipeError, ConnectionResetError):
                with state.lock:
                    state.cut += 1

        def answer(self, status: int, body: Any) -> None:
            send_json(self, body, status)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            with state.lock:
                state.requests.append((f"GET {self.path}", ""))
            if self.path == "/v1/vector_stores/vs_1/file_batches/vsfb_1":
                status = state.batch_status.pop(0) if len(state.batch_status) > 1 else state.batch_status[0]
                return self.answer(200, {**BATCH, "status": status})
            file_id = self.path.rsplit("/", 1)[1]
            self.answer(200, {**VS_FILE, "id": file_id, "status": "completed"})

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers["Content-Length"])
            path = self.path
            kind = self.headers.get("Content-Type", "")
            if path.startswith("/v1/uploads/") and path.endswith("/parts"):
                return self.part(length, kind)
            body = self.rfile.read(length)
            if path == "/v1/files":
                return self.file(body, kind)
            with state.lock:
                state.requests.append((f"POST {path}", body.decode()))
            payload = json.loads(body) if body else {}
            if path == "/v1/uploads":
                return self.answer(200, {"id": "upload_1", "object": "upload", "bytes": payload["bytes"],
                                         "created_at": 1, "expires_at": 2, "filename": payload["filename"],
                                         "purpose": payload["purpose"], "status": "pending"})
            if path in ("/v1/uploads/upload_1/complete", "/v1/uploads/upload_1/cancel"):
                status = "completed" if path.endswith("complete") else "cancelled"
                return self.answer(200, {"id": "upload_1", "object": "upload", "bytes": 1, "created_at": 1,
                                         "expires_at": 2, "filename": "f", "purpose": "batch", "status": status})
            if path == "/v1/vector_stores/vs_1/file_batches":
                return self.answer(200, {**BATCH, "status": "in_progress"})
            if path == "/v1/vector_stores/vs_1/files":
                return self.answer(200, {**VS_FILE, "id": payload["file_id"], "status": "in_progress"})
            self.answer(404, {"error": {"message": f"no route {path}"}})

        def file(self, body: bytes, kind: str) -> None:
            fields = parse_small_multipart(body, kind.split("boundary=")[1].encode())
            name = fields["file"][0] or ""
            with state.lock:
                state.requests.append(("POST /v1/files", f"{name} purpose={fields['purpose'][1].decode()}"))
                state.started += 1
                state.in_flight += 1
                state.max_in_flight = max(state.max_in_flight, state.in_flight)
            try:
                if name in state.fail_names:
                    return self.answer(400, {"error": {"message": f"{name} is not a supported file"}})
                time.sleep(state.upload_delay)
                self.answer(200, {"id": f"file-{name}", "object": "file", "bytes": len(fields["file"][1]),
                                  "created_at": 1, "filename": name, "purpose": "assistants"})
            finally:
                with state.lock:
                    state.in_flight -= 1
                    state.finished += 1

        def part(self, length: int, kind: str) -> None:
            boundary = kind.split("boundary=")[1].encode()
            head, left = multipart_head(self.rfile, length, boundary)
            trailer = b"\r\n--" + boundary + b"--\r\n"
            digest, remaining = hashlib.sha256(), left - len(trailer)
            while remaining:
                chunk = self.rfile.read(min(remaining, 1 << 20))
                digest.update(chunk)
                remaining -= len(chunk)
            assert self.rfile.read(len(trailer)) == trailer
            with state.lock:
                arrival = len(state.part_headers)
                state.part_headers.append({k.lower(): v for k, v in self.headers.items()})
                delay = state.part_delays[arrival] if arrival < len(state.part_delays) else 0.0
            time.sleep(delay)
            if state.fail_part == arrival:
                return self.answer(500, {"error": {"message": "part store unavailable"}})
            with state.lock:
                part_id = f"part_{len(state.parts)}"  # numbered in the order they finish
                state.parts[part_id] = (digest.hexdigest(), left - len(trailer))
                state.requests.append((f"POST {self.path}", part_id))
            self.answer(200, {"id": part_id, "object": "upload.part", "created_at": 1, "upload_id": "upload_1"})

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield state, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


call = call_openai


def batch_files(tmp_path: Path, count: int) -> List[Any]:
    """`count` files, alternately a Path and a (name, bytes) tuple."""
    files: List[Any] = []
    for i in range(count):
        if i % 2:
            files.append((f"doc-{i:02}.txt", f"text {i}".encode()))
        else:
            path = tmp_path / f"doc-{i:02}.txt"
            path.write_text(f"text {i}")
            files.append(path)
    return files


@MODES
def test_batch_upload_runs_at_most_max_concurrency_at_once(openai: Any, server: Any, tmp_path: Path, mode: str) -> None:
    state, base = server
    state.upload_delay = 0.05
    batch = call(openai, base, mode, "vector_stores.file_batches.upload_and_poll", "vs_1",
                 files=batch_files(tmp_path, 20), max_concurrency=4, file_ids=["file-old"], poll_interval_ms=0)
    assert batch.status == "completed"
    uploads = [summary for line, summary in state.requests if line == "POST /v1/files"]
    assert sorted(uploads) == [f"doc-{i:02}.txt purpose=assistants" for i in range(20)]
    assert 2 <= state.max_in_flight <= 4  # concurrent, and never over the bound
    created = [json.loads(body) for line, body in state.requests if line == "POST /v1/vector_stores/vs_1/file_batches"]
    # the ids in the order the files were given, whatever order the uploads finished in
    assert created == [{"file_ids": ["file-old", *[f"file-doc-{i:02}.txt" for i in range(20)]]}]


@MODES
def test_a_failed_upload_raises_and_creates_no_batch(openai: Any, server: Any, tmp_path: Path, mode: str) -> None:
    state, base = server
    state.upload_delay = 0.2
    state.fail_names = {"doc-02.txt"}
    with pytest.raises(openai.BadRequestError, match="doc-02.txt is not a supported file"):
        call(openai, base, mode, "vector_stores.file_batches.upload_and_poll", "vs_1",
             files=batch_files(tmp_path, 20), max_concurrency=5)
    assert state.started < 20  # the uploads not yet started never started
    if mode == "sync":
        assert state.finished == state.started  # the running ones were let finish before the raise
    else:
        deadline = time.monotonic() + 5
        while state.finished < state.started and time.monotonic() < deadline:
            time.sleep(0.01)
        assert state.cut >= 1  # the running ones were cancelled: their connections closed unanswered
    assert not [line for line, _ in state.requests if "file_batches" in line]


@MODES
def test_upload_without_files_is_refused(openai: Any, server: Any, mode: str) -> None:
    state, base = server
    with pytest.raises(ValueError, match="create_and_poll"):
        call(openai, base, mode, "vector_stores.file_batches.upload_and_poll", "vs_1", files=[])
    assert state.requests == []


@MODES
def test_vector_store_file_upload_and_upload_and_poll(openai: Any, server: Any, tmp_path: Path, mode: str) -> None:
    state, base = server
    path = tmp_path / "notes.md"
    path.write_text("# notes")
    attached = call(openai, base, mode, "vector_stores.files.upload", vector_store_id="vs_1", file=path)
    assert attached.id == "file-notes.md" and attached.status == "in_progress"  # not waited for
    done = call(openai, base, mode, "vector_stores.files.upload_and_poll", vector_store_id="vs_1", file=path,
                attributes={"kind": "notes"}, poll_interval_ms=0)
    assert done.status == "completed"
    seen = [(line, json.loads(body) if body.startswith("{") else body) for line, body in state.requests]
    assert seen == [
        ("POST /v1/files", "notes.md purpose=assistants"),
        ("POST /v1/vector_stores/vs_1/files", {"file_id": "file-notes.md"}),
        ("POST /v1/files", "notes.md purpose=assistants"),
        ("POST /v1/vector_stores/vs_1/files", {"file_id": "file-notes.md", "attributes": {"kind": "notes"}}),
        ("GET /v1/vector_stores/vs_1/files/file-notes.md", ""),
    ]


class OneWay(io.RawIOBase):
    """A binary stream that cannot seek, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def chunks(data: bytes, size: int) -> List[Tuple[str, int]]:
    return [(hashlib.sha256(data[i : i + size]).hexdigest(), len(data[i : i + size])) for i in range(0, len(data), size)]


@MODES
@pytest.mark.parametrize("form", ["path", "bytes", "file", "one-way"])
def test_chunked_upload_completes_with_the_parts_in_file_order(
    openai: Any, server: Any, tmp_path: Path, mode: str, form: str
) -> None:
    state, base = server
    data = os.urandom(3500)
    path = tmp_path / "train.jsonl"
    path.write_bytes(data)
    # the first parts answer last: in async they finish in reverse order
    state.part_delays = [0.3, 0.2, 0.1, 0.0]
    file: Any = {"path": path, "bytes": data, "file": io.BytesIO(b"skipped" + data), "one-way": OneWay(data)}[form]
    if form == "file":
        file.seek(len(b"skipped"))  # read from the current position on
    extra = {} if form == "path" else {"filename": "train.jsonl"}
    if form == "one-way":
        extra["bytes"] = len(data)
    upload = call(openai, base, mode, "uploads.upload_file_chunked", file=file, mime_type="application/jsonl",
                  purpose="fine-tune", part_size=1000, md5="abc", **extra)
    assert upload.status == "completed"
    created = json.loads(next(body for line, body in state.requests if line == "POST /v1/uploads"))
    assert created == {"bytes": 3500, "filename": "train.jsonl", "mime_type": "application/jsonl",
                       "purpose": "fine-tune"}
    completed = json.loads(next(body for line, body in state.requests if line.endswith("/complete")))
    assert completed["md5"] == "abc"
    assert [state.parts[part_id] for part_id in completed["part_ids"]] == chunks(data, 1000)
    assert all("content-length" in h for h in state.part_headers)  # each part's size known up front
    if mode == "async" and form != "one-way":
        assert completed["part_ids"] != sorted(completed["part_ids"])  # they finished in another order


@MODES
def test_a_failed_part_cancels_the_upload(openai: Any, server: Any, tmp_path: Path, mode: str) -> None:
    state, base = server
    state.fail_part = 1
    with pytest.raises(openai.InternalServerError, match="part store unavailable"):
        call(openai, base, mode, "uploads.upload_file_chunked", file=os.urandom(3000), filename="a.bin",
             mime_type="application/octet-stream", purpose="batch", part_size=1000)
    lines = [line for line, _ in state.requests]
    assert "POST /v1/uploads/upload_1/cancel" in lines and not any(line.endswith("/complete") for line in lines)


@MODES
def test_file_forms_that_cannot_name_or_size_themselves_are_refused(openai: Any, server: Any, mode: str) -> None:
    state, base = server
    with pytest.raises(TypeError, match="filename"):
        call(openai, base, mode, "uploads.upload_file_chunked", file=b"x", mime_type="text/plain", purpose="batch")
    with pytest.raises(TypeError, match="bytes"):
        call(openai, base, mode, "uploads.upload_file_chunked", file=OneWay(b"x"), filename="x", mime_type="text/plain",
             purpose="batch")
    with pytest.raises(ValueError, match="part_size"):
        call(openai, base, mode, "uploads.upload_file_chunked", file=b"x", filename="x", mime_type="text/plain",
             purpose="batch", part_size=0)
    assert state.requests == []


PEAK_SCRIPT = r"""
import asyncio, json, resource, sys
import openai

base, path, mode = sys.argv[1:4]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if mode == "sync":
    with openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
        upload = client.uploads.upload_file_chunked(file=__import__("pathlib").Path(path), mime_type="application/jsonl",
                                                    purpose="batch")
else:
    async def main():
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            return await client.uploads.upload_file_chunked(file=__import__("pathlib").Path(path),
                                                            mime_type="application/jsonl", purpose="batch")
    upload = asyncio.run(main())
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"status": upload.status, "before_kib": before, "after_kib": after}))
"""


@MODES
def test_a_100_mb_file_is_sent_without_holding_it_in_memory(
    openai: Any, server: Any, tmp_path: Path, mode: str
) -> None:
    """The client runs in its own process so its peak RSS is its own (the server here hashes the
    parts as they stream in)."""
    state, base = server
    size = 100 * 1024 * 1024
    path = tmp_path / "big.jsonl"
    block = os.urandom(1 << 20)
    with path.open("wb") as f:
        for i in range(100):
            f.write(bytes([i]) + block[1:])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "output" / "openai" / "src")}
    done = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, base, str(path), mode], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    grown_mib = (report["after_kib"] - report["before_kib"]) / 1024
    print(f"\n{mode}: 100 MiB chunked upload, peak RSS grew by {grown_mib:.1f} MiB")
    assert report["status"] == "completed"
    assert grown_mib < 100
    completed = json.loads(next(body for line, body in state.requests if line.endswith("/complete")))
    part = 64 * 1024 * 1024
    expected = []
    with path.open("rb") as f:
        for start in range(0, size, part):
            chunk = f.read(part)
            expected.append((hashlib.sha256(chunk).hexdigest(), len(chunk)))
    assert [state.parts[part_id] for part_id in completed["part_ids"]] == expected
