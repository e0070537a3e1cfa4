"""Publishing output/openai: what `make build` does (scripts/build_dist.py: sdist, a wheel built from
it, `twine check --strict`), then the wheel installed into a fresh virtual environment, with its
dependencies from the package index, imported there and calling a local HTTP server."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import zipfile
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Iterator

import pytest

from scripts.build_dist import build
from tests.conftest import ROOT, serve

PACKAGE = ROOT / "output" / "openai"

MODELS = {"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"},
                                     {"id": "o3", "object": "model", "created": 2, "owned_by": "openai"}]}
COMPLETION = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 3, "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "hello from 127.0.0.1", "refusal": None}}],
}

CLIENT_SCRIPT = """
import importlib.metadata, json, sys
import openai
from openai import OpenAI

client = OpenAI(api_key="sk-local", base_url=sys.argv[1], max_retries=0)
models = [m.id for m in client.models.list()]
completion = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
print(json.dumps({
    "file": openai.__file__,
    "version": openai.__version__,
    "dist_version": importlib.metadata.version("openai"),
    "models": models,
    "content": completion.choices[0].message.content,
    "type": type(completion).__name__,
    "request_id": completion._request_id,
}))
"""


class Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]] = []

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it so
        pass

    def reply(self, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("x-request-id", "req_local_1")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def record(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        self.seen.append({"method": self.command, "path": self.path, "auth": self.headers.get("authorization"),
                          "body": body})

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.record()
        if self.path == "/v1/models":
            self.reply(MODELS)
        else:
            self.send_error(404)

    def do_POST(self) -> None:  # noqa: N802
        self.record()
        if self.path == "/v1/chat/completions":
            self.reply(COMPLETION)
        else:
            self.send_error(404)


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    Recorder.seen = []
    with serve(Recorder) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", Recorder.seen


def package_version() -> str:
    text = (PACKAGE / "src" / "openai" / "_version.py").read_text()
    match = re.search(r'^__version__ = "([^"]+)"$', text, flags=re.M)
    assert match, "no __version__ in _version.py"
    return match.group(1)


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=300)


def test_build_install_import_and_call(tmp_path: Path, server: tuple[str, list[dict[str, Any]]]) -> None:
    version = package_version()
    built = build(PACKAGE, tmp_path / "dist")  # raises when the build or twine check fails
    names = sorted(p.name for p in built)
    assert names == [f"openai-{version}-py3-none-any.whl", f"openai-{version}.tar.gz"]
    wheel = next(p for p in built if p.suffix == ".whl")
    sdist = next(p for p in built if p.suffix == ".gz")

    with tarfile.open(sdist) as tar:
        members = {m.name.split("/", 1)[1] for m in tar.getmembers() if "/" in m.name}
    for required in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "src/openai/py.typed",
                     "src/openai/_version.py", "src/openai/_client.py"):
        assert required in members, f"{required} is not in the sdist"
    with zipfile.ZipFile(wheel) as whl:
        files = set(whl.namelist())
        metadata = whl.read(f"openai-{version}.dist-info/METADATA").decode()
    assert "openai/py.typed" in files and "openai/types/chat/chat_completion.py" in files
    assert not any(f.startswith(("tests/", "openai/tests/")) for f in files)
    assert re.search(r"^Requires-Dist: httpx", metadata, flags=re.M)
    assert re.search(r"^Provides-Extra: aiohttp", metadata, flags=re.M)

    venv = tmp_path / "venv"
    r = run(sys.executable, "-m", "venv", str(venv))
    assert r.returncode == 0, r.stderr
    python = venv / "bin" / "python"
    r = run(str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel))
    assert r.returncode == 0, r.stderr

    base_url, seen = server
    script = tmp_path / "client.py"
    script.write_text(CLIENT_SCRIPT)
    # -I: isolated mode, so neither the work tree nor PYTHONPATH can supply `openai`
    r = run(str(python), "-I", str(script), base_url)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert Path(result["file"]).is_relative_to(venv), result["file"]
    assert result["version"] == result["dist_version"] == version
    assert result["models"] == ["gpt-4o", "o3"]
    assert result["content"] == "hello from 127.0.0.1" and result["type"] == "ChatCompletion"
    assert result["request_id"] == "req_local_1"
    assert [(s["method"], s["path"]) for s in seen] == [("GET", "/v1/models"), ("POST", "/v1/chat/completions")]
    assert all(s["auth"] == "Bearer sk-local" for s in seen)
    assert seen[1]["body"] == {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
