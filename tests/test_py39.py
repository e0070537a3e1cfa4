"""output/openai on Python 3.9, the oldest version its pyproject claims (`requires-python >=3.9`).

A venv made with a real python3.9 gets the package's runtime dependencies from pip (cached under
.cache/py39/, keyed by the interpreter and the dependency list, so re-runs take seconds). In it, a
smoke script imports every module of the package, builds every response model, and makes sync
and async calls through httpx.MockTransport: a JSON call, an SSE stream, auto-pagination over two
pages, an upload, a raw response and an error. The test is skipped only when no python3.9 exists
on the machine.
"""

from __future__ import annotations

import os
import sys
import json
import glob
import shutil
import hashlib
import subprocess
from typing import Any, Dict, List, Optional
from pathlib import Path

import pytest

from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the suite runs on 3.11+
    tomllib = None

PACKAGE = ROOT / "output" / "openai"
CACHE = ROOT / ".cache" / "py39"


def _works(python: str) -> bool:
    try:
        r = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2] == (3, 9))"],
                           capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return r.returncode == 0 and r.stdout.strip() == "True"


def find_python39() -> Optional[str]:
    """python3.9 on PATH, else one installed by pyenv (its shim fails unless 3.9 is selected)."""
    candidates: List[str] = []
    on_path = shutil.which("python3.9")
    if on_path:
        candidates.append(on_path)
    roots = [os.environ.get("PYENV_ROOT", ""), str(Path.home() / ".pyenv")]
    for root in filter(None, roots):
        candidates += sorted(glob.glob(os.path.join(root, "versions", "3.9*", "bin", "python3.9")), reverse=True)
    for candidate in candidates:
        if _works(candidate):
            return candidate
    return None


def requirements() -> List[str]:
    project = tomllib.loads((PACKAGE / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.9", "update this test with the package's oldest Python"
    return list(project["dependencies"])


def venv_for(python: str, reqs: List[str]) -> Path:
    """A cached venv with `reqs` installed, built in a temp dir and renamed into place."""
    version = subprocess.run([python, "-c", "import sys; print(sys.version)"], capture_output=True, text=True).stdout
    key = hashlib.sha256(json.dumps([version, sorted(reqs)]).encode()).hexdigest()[:16]
    target = CACHE / key
    if (target / ".complete").exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    staging = CACHE / f"{key}.tmp{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    subprocess.run([python, "-m", "venv", str(staging)], check=True, capture_output=True)
    pip = subprocess.run([str(staging / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", *reqs],
                         capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-3000:]
    (staging / ".complete").write_text("\n".join(reqs))
    try:
        staging.rename(target)
    except OSError:  # another worker finished first
        shutil.rmtree(staging, ignore_errors=True)
    return target


SMOKE = r'''
import sys, json, asyncio, pkgutil, importlib
assert sys.version_info[:2] == (3, 9), sys.version
import httpx, pydantic
import openai

results = {"python": "%d.%d" % sys.version_info[:2], "pydantic": pydantic.VERSION}

# every module imports and every response model builds (annotations are evaluated here)
modules = [m.name for m in pkgutil.walk_packages(openai.__path__, "openai.")]
for name in modules:
    importlib.import_module(name)
built = 0
for name, module in list(sys.modules.items()):
    if name == "openai" or name.startswith("openai."):
        for value in list(vars(module).values()):
            if isinstance(value, type) and issubclass(value, pydantic.BaseModel) and value.__module__ == name:
                value.model_rebuild(force=True)
                built += 1
results["modules"] = len(modules)
results["models"] = built

COMPLETION = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o",
              "choices": [{"index": 0, "finish_reason": "stop",
                           "message": {"role": "assistant", "content": "hello from 3.9"}}]}
CHUNKS = b"".join(
    b'data: {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", '
    b'"choices": [{"index": 0, "delta": {"content": "%s"}, "finish_reason": null}]}\n\n' % part
    for part in (b"he", b"llo")
) + b"data: [DONE]\n\n"
seen = []

def handler(request):
    request.read()
    seen.append((request.method, request.url.path, dict(request.url.params)))
    path = request.url.path
    if path == "/v1/chat/completions":
        if json.loads(request.content).get("stream"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=CHUNKS)
        return httpx.Response(200, json=COMPLETION, headers={"x-request-id": "req_39"})
    if path == "/v1/fine_tuning/jobs":
        after = request.url.params.get("after")
        ids = ["ftjob-3"] if after == "ftjob-2" else ["ftjob-1", "ftjob-2"]
        data = [{"id": i, "object": "fine_tuning.job"} for i in ids]
        return httpx.Response(200, json={"object": "list", "data": data, "has_more": after is None})
    if path == "/v1/files":
        assert b'filename="data.jsonl"' in request.content
        return httpx.Response(200, json={"id": "file-1", "object": "file", "bytes": 2, "created_at": 1,
                                         "filename": "data.jsonl", "purpose": "fine-tune"})
    return httpx.Response(429, json={"error": {"message": "slow down"}})

MESSAGES = [{"role": "user", "content": "hi"}]

def sync_run():
    client = openai.OpenAI(api_key="sk-39", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    out = {}
    completion = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    out["content"] = completion.choices[0].message.content
    out["request_id"] = completion._request_id
    stream = client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)
    out["stream"] = "".join(c.choices[0].delta.content or "" for c in stream)
    out["stream_closed"] = stream.response.is_closed
    out["jobs"] = [job.id for job in client.fine_tuning.jobs.list(limit=2)]
    out["file"] = client.files.create(file=("data.jsonl", b"{}"), purpose="fine-tune").filename
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)
    out["raw"] = [raw.headers.get("x-request-id"), raw.parse().id]
    try:
        client.with_options(max_retries=0).models.list()
    except openai.RateLimitError as exc:
        out["error"] = [type(exc).__name__, exc.status_code]
    return out

async def async_run():
    client = openai.AsyncOpenAI(api_key="sk-39", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    out = {}
    completion = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    out["content"] = completion.choices[0].message.content
    out["request_id"] = completion._request_id
    stream = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)
    out["stream"] = "".join([c.choices[0].delta.content or "" async for c in stream])
    out["stream_closed"] = stream.response.is_closed
    out["jobs"] = [job.id async for job in client.fine_tuning.jobs.list(limit=2)]
    out["file"] = (await client.files.create(file=("data.jsonl", b"{}"), purpose="fine-tune")).filename
    raw = await client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)
    out["raw"] = [raw.headers.get("x-request-id"), raw.parse().id]
    try:
        await client.with_options(max_retries=0).models.list()
    except openai.RateLimitError as exc:
        out["error"] = [type(exc).__name__, exc.status_code]
    await client.close()
    return out

results["sync"] = sync_run()
results["async"] = asyncio.run(async_run())
results["requests"] = len(seen)
print(json.dumps(results))
'''


def test_package_runs_on_python39(tmp_path: Path) -> None:
    python = find_python39()
    if python is None:
        reason = "no python3.9 interpreter on PATH or under pyenv: the Python 3.9 run cannot be made here"
        print(reason)
        pytest.skip(reason)
    venv = venv_for(python, requirements())
    script = tmp_path / "smoke.py"
    script.write_text(SMOKE)
    env = dict(os.environ, PYTHONPATH=str(PACKAGE / "src"), PYTHONDONTWRITEBYTECODE="1")
    r = subprocess.run([str(venv / "bin" / "python"), str(script)], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-6000:]
    results: Dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    assert results["python"] == "3.9"
    assert results["modules"] > 1000 and results["models"] > 500
    expected = {
        "content": "hello from 3.9",
        "request_id": "req_39",
        "stream": "hello",
        "stream_closed": True,
        "jobs": ["ftjob-1", "ftjob-2", "ftjob-3"],
        "file": "data.jsonl",
        "raw": ["req_39", "chatcmpl-1"],
        "error": ["RateLimitError", 429],
    }
    assert results["sync"] == expected
    assert results["async"] == expected
    assert results["requests"] == 2 * 7  # create, stream, two pages, upload, raw, error
