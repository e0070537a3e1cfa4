"""Start and stop a Prism mock server (stdlib only).

Prism (`@stoplight/prism-cli`, pinned in package.json and installed by `npm ci`) serves an
OpenAPI document as a mock HTTP server. It answers with the `example`/`examples` of each
response (static mode; no `-d`), so a spec with examples gives deterministic answers.

    from scripts.prism import start_prism

    with start_prism("tests/fixtures/petstore.yaml") as prism:
        httpx.get(prism.url + "/pets", headers={"Authorization": "Bearer x"})

Things to know about Prism:
- It mocks the paths as written under `paths`; the path of the server URL (e.g. `/v1`) is not
  part of the mocked routes.
- It enforces the spec's security: a request without the credentials gets 401.
- Invalid requests get the spec's 400/422 response if there is one, else a 422 problem+json.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional, Sequence, Union

REPO_ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"

# How often the readiness probe polls, and how long one probe may take.
_POLL_INTERVAL = 0.2
_PROBE_TIMEOUT = 2.0

__all__ = ["PrismServer", "start_prism", "free_port", "run_emitted_tests", "summary_counts", "PRISM_BIN", "REPO_ROOT"]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on `host` right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _tail(path: Path, lines: int = 15) -> str:
    """The last `lines` lines of Prism's log, plus its `fatal` lines if they scrolled away."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no output)"
    all_lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if not all_lines:
        return "(no output)"
    last = all_lines[-lines:]
    # Prism's own log lines look like "[1:02:03 AM] › [CLI] ✖  fatal     Error parsing ...".
    fatal = [line for line in all_lines[:-lines] if "›" in line and " fatal " in line]
    return "\n".join(fatal + (["..."] if fatal else []) + last)


# Talk to the local Prism directly, whatever proxy the environment names.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _answers_http(url: str) -> bool:
    """True if something answers HTTP at `url` with any status."""
    try:
        with _OPENER.open(url, timeout=_PROBE_TIMEOUT):
            return True
    except urllib.error.HTTPError:
        return True  # Prism answers 404 for an unknown route: it is up.
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


class PrismServer:
    """A running Prism process. Stop it with `.stop()` or use it as a context manager."""

    def __init__(
        self,
        process: subprocess.Popen,
        *,
        spec_path: Path,
        host: str,
        port: int,
        log_dir: Path,
        command: Sequence[str],
    ) -> None:
        self.process = process
        self.spec_path = spec_path
        self.host = host
        self.port = port
        self.url = f"http://{host}:{port}"
        self.log_dir = log_dir
        self.log_path = log_dir / "prism.log"
        self.command = list(command)
        self.startup_seconds: float = 0.0

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 15) -> str:
        return _tail(self.log_path, lines)

    def _signal(self, sig: int) -> None:
        # Prism runs in its own session (process group id == its pid), so this reaches it and any
        # helper it forked, and nothing else.
        try:
            os.killpg(self.process.pid, sig)
        except (ProcessLookupError, PermissionError):
            try:
                self.process.send_signal(sig)
            except ProcessLookupError:
                pass

    def stop(self, timeout: float = 10.0, *, keep_log: bool = False) -> None:
        """Terminate Prism by its pid, wait for it, and kill it if it does not exit in time."""
        if self.process.poll() is None:
            self._signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                self.process.wait(timeout=timeout)
        else:
            self.process.wait()
        if not keep_log:
            shutil.rmtree(self.log_dir, ignore_errors=True)

    def __enter__(self) -> "PrismServer":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else f"exited {self.process.returncode}"
        return f"<PrismServer {self.url} pid={self.pid} {state} spec={self.spec_path}>"


def _launch(spec: Path, host: str, port: int, extra_args: Sequence[str]) -> PrismServer:
    command = [
        str(PRISM_BIN),
        "mock",
        "-h",
        host,
        "-p",
        str(port),
        "--errors=false",
        *extra_args,
        str(spec),
    ]
    log_dir = Path(tempfile.mkdtemp(prefix="prism-"))
    env = dict(os.environ)
    env.setdefault("NO_COLOR", "1")  # plain log lines in the file
    env.setdefault("SCARF_ANALYTICS", "false")  # no install/usage telemetry from dependencies
    with open(log_dir / "prism.log", "wb") as log:
        # The child gets its own copy of the descriptor: Prism writes straight to the file, so a
        # chatty Prism can never block on a full pipe.
        process = subprocess.Popen(
            command,
            cwd=str(REPO_ROOT),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    return PrismServer(process, spec_path=spec, host=host, port=port, log_dir=log_dir, command=command)


def start_prism(
    spec_path: Union[str, os.PathLike],
    *,
    host: str = "127.0.0.1",
    port: Optional[int] = None,
    timeout: float = 60.0,
    extra_args: Sequence[str] = (),
) -> PrismServer:
    """Start `prism mock` on `spec_path` and return once it answers HTTP.

    Picks a free port unless `port` is given. Raises RuntimeError if the Prism binary is missing,
    the spec does not exist, or Prism exits or does not answer within `timeout` seconds; the
    message carries the last lines of Prism's output.
    """
    if not PRISM_BIN.exists():
        raise RuntimeError(
            f"Prism is not installed: {PRISM_BIN} does not exist. "
            f"Run `npm ci` in {REPO_ROOT} (needs Node.js and npm)."
        )
    spec = Path(spec_path).expanduser().resolve()
    if not spec.is_file():
        raise RuntimeError(f"cannot start Prism: spec file not found: {spec}")

    deadline = time.monotonic() + timeout
    started = time.monotonic()
    # With an OS-picked port another process may grab it between our check and Prism's bind;
    # then Prism exits with EADDRINUSE and we try once more with a new port.
    attempts = 1 if port is not None else 3
    for attempt in range(attempts):
        chosen = port if port is not None else free_port(host)
        server = _launch(spec, host, chosen, extra_args)
        command_text = " ".join(server.command)
        while True:
            if server.process.poll() is not None:
                tail = server.log_tail()
                server.stop(keep_log=True)
                if "EADDRINUSE" in tail and attempt + 1 < attempts and time.monotonic() < deadline:
                    break  # retry on a fresh port
                raise RuntimeError(
                    f"Prism exited with code {server.process.returncode} before serving.\n"
                    f"command: {command_text}\n"
                    f"log: {server.log_path}\n"
                    f"last output:\n{tail}"
                )
            if _answers_http(server.url + "/"):
                server.startup_seconds = time.monotonic() - started
                return server
            if time.monotonic() >= deadline:
                tail = server.log_tail()
                server.stop(keep_log=True)
                raise RuntimeError(
                    f"Prism did not answer HTTP at {server.url} within {timeout:g} s.\n"
                    f"command: {command_text}\n"
                    f"log: {server.log_path}\n"
                    f"last output:\n{tail}"
                )
            time.sleep(_POLL_INTERVAL)
    raise RuntimeError("Prism could not bind a free port after several attempts")  # pragma: no cover


# ----- the emitted packages' own tests against a running Prism -----------------------------------

SUMMARY = re.compile(r"(\d+) (passed|failed|skipped|xfailed|xpassed|errors?|warnings?|deselected)")


def summary_counts(output: str) -> dict[str, int]:
    """Counts from pytest's final summary line, e.g. `2084 passed, 40 skipped, 8 xfailed in 75.15s`."""
    lines = [line for line in output.splitlines() if re.search(r"\b(passed|failed|errors?|no tests ran)\b", line)]
    if not lines:
        return {}
    counts: dict[str, int] = {}
    for number, word in SUMMARY.findall(lines[-1]):
        counts[word.rstrip("s") if word.startswith("error") else word] = int(number)
    return counts


def run_emitted_tests(
    package: Path,
    base_url: str,
    pycache: Path,
    timeout: float,
    workers: str,
    env_prefixes: Sequence[str] = (),
    extra_args: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """The package's `tests/` in a subprocess, with `TEST_API_BASE_URL=base_url` and the package's
    `src/` on the path; variables starting with one of `env_prefixes` (the client's own: key, base
    URL, org) are removed so that a real one in the environment never reaches the client.
    `extra_args` go to pytest (e.g. `-k EXPR`)."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update(
        PYTHONPATH=str(package / "src"),
        TEST_API_BASE_URL=base_url,
        NO_PROXY="127.0.0.1,localhost",
        PYTHONPYCACHEPREFIX=str(pycache),  # keep __pycache__ out of the (committed) package tree
    )
    for key in list(env):
        if env_prefixes and key.startswith(tuple(env_prefixes)):
            del env[key]
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        str(package / "tests"),
        "-q",
        "-n",
        workers,
        "-p",
        "no:cacheprovider",
        "-rfEX",
        "--color=no",
        *extra_args,
    ]
    return subprocess.run(cmd, check=False, cwd=package, env=env, capture_output=True, text=True, timeout=timeout)
