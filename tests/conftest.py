"""Shared helpers of the generator's test suite."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from scripts.check import tree_bytes as tree_bytes  # re-exported: the tests compare generated trees with it

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PIN = ROOT / "spec" / "openai.pin.yaml"
OPENAI_CONFIG = ROOT / "spec" / "openai.yaml"
DIFF = FIXTURES / "diff"


def run_generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` in `cwd`. ROOT on PYTHONPATH makes it work from any directory;
    `-m` puts `cwd` first on sys.path, so a copy of `generator/` in `cwd` is what runs."""
    # the caches go to `cwd/.cache`, as they did before the generator kept them in the user cache
    # dir: each test's runs start with its own empty caches, and none lands in the user's home
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SDKGEN_CACHE_DIR": str(cwd / ".cache")}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args], cwd=repo,
                   check=True, capture_output=True)


@contextlib.contextmanager
def serve(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    """An HTTP server on a free 127.0.0.1 port (`server_address[1]`), answering from a thread
    until the block ends."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def openai_spec_path() -> Path:
    from generator.loader import locate_pinned, read_pin

    return locate_pinned(read_pin(PIN))


@pytest.fixture(scope="session")
def shop_report() -> Any:
    """The semantic diff of the two shop fixture versions (tests/fixtures/diff/)."""
    from generator.diff import Source, build_ir, compare

    old, _ = build_ir(Source("v1", str(DIFF / "shop-v1.yaml"), str(DIFF / "shop-v1.config.yaml")))
    new, _ = build_ir(Source("v2", str(DIFF / "shop-v2.yaml"), str(DIFF / "shop-v2.config.yaml")))
    return compare(old, new, "v1", "v2")


@pytest.fixture(scope="module")
def openai() -> Iterator[Any]:
    """The committed output/openai package, imported from its src/ directory."""
    src = ROOT / "output" / "openai" / "src"
    sys.path.insert(0, str(src))
    try:
        import openai as module

        assert str(src) in str(module.__file__), f"imported {module.__file__}, not the generated package"
        yield module
    finally:
        sys.path.remove(str(src))


# The fault-matrix table of tests/runtime/test_fault_matrix.py. Wired here, not in
# tests/runtime/conftest.py: under pytest-xdist only the main process sees every report, and it
# loads this conftest but not the one of tests/runtime.
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    from tests.runtime import fault_report

    fault_report.record(report)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from tests.runtime import fault_report

    fault_report.summary(terminalreporter)


def send_json(handler: BaseHTTPRequestHandler, body: Any, status: int = 200) -> None:
    """Answers an http.server request with `body` as JSON."""
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def call_openai(openai: Any, base: str, mode: str, path: str, *args: Any, **kwargs: Any) -> Any:
    """Calls `client.<path>(*args, **kwargs)` on a new OpenAI (mode "sync") or AsyncOpenAI ("async",
    awaited) client of output/openai talking to `base`, with retries off."""
    if mode == "sync":
        target: Any = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        for part in path.split("."):
            target = getattr(target, part)
        return target(*args, **kwargs)

    async def go() -> Any:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            target: Any = client
            for part in path.split("."):
                target = getattr(target, part)
            return await target(*args, **kwargs)

    import asyncio

    return asyncio.run(go())


def official_readme() -> str:
    """The README of the pinned official release (its METADATA): from `make bench`'s venv, else
    from the venv scripts/compare_fields.py makes once, so that a fresh clone checks it too."""
    made_by_bench = sorted(ROOT.glob(".venv-bench/runtime/lib/python*/site-packages/openai-2.40.0.dist-info/METADATA"))
    if made_by_bench:
        return made_by_bench[0].read_text(encoding="utf-8")
    from scripts.compare_fields import DEFAULT_OFFICIAL, official_interpreter

    python = official_interpreter(str(DEFAULT_OFFICIAL))
    script = "import importlib.metadata as m; d = m.distribution('openai'); print(d.version); print(d.read_text('METADATA'))"
    done = subprocess.run([python, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    version, _, metadata = done.stdout.partition("\n")
    assert version == "2.40.0", version
    return metadata
