"""Config `deprecated`: the methods a client path or route names warn at call time with the
configured message (a resource covers its sub-resources, a route or deeper path overrides);
keys that name nothing are located errors. On output/openai, every Assistants family and the two methods the official library deprecates
beyond the spec warn, sync and async, while the rest of the client stays silent."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import warnings
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from tests.conftest import FIXTURES, run_generator, serve

pytestmark = pytest.mark.xdist_group("deprecations")

SPEC = FIXTURES / "petstore.yaml"


def config(tmp_path: Path, deprecated: Any) -> Path:
    path = tmp_path / "petstore.config.yaml"
    path.write_text(yaml.safe_dump({"package": {"name": "petstore"}, "deprecated": deprecated}))
    return path


CALLS = r"""
import json, sys, warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import threading
import petstore

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(500); self.send_header("Content-Length", "0"); self.end_headers()
    do_POST = do_GET
    def log_message(self, *args):
        pass

httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
client = petstore.Petstore(api_key="k", base_url=f"http://127.0.0.1:{httpd.server_address[1]}/v1", max_retries=0)
out = {}
for name, call in [
    ("pets.list", lambda: client.pets.list()),
    ("pets.vaccinate", lambda: client.pets.vaccinate("p1", vaccine="rabies", administered_by="dr")),
    ("pets.retrieve", lambda: client.pets.retrieve("p1")),
    ("owners.pets.list", lambda: client.owners.pets.list("o1")),
]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            call()
        except petstore.InternalServerError:
            pass
    out[name] = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
print(json.dumps(out))
"""


def test_configured_deprecations_warn_with_their_message(tmp_path: Path) -> None:
    cfg = config(tmp_path, {"pets": "Pets are retired", "post /pets/{pet_id}/vaccinate": "Vaccinations moved"})
    out = tmp_path / "out"
    proc = run_generator("generate", "--spec", str(SPEC), "--config", str(cfg), "--out", str(out), "--quiet",
                         "--no-validate")
    assert proc.returncode == 0, proc.stderr
    run = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(out / "src")})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "pets.list": ["Pets are retired"],
        "pets.vaccinate": ["Vaccinations moved"],  # the route is more specific than the resource
        "pets.retrieve": ["Pets are retired"],
        "owners.pets.list": [],  # another resource named `pets`, not under `pets`
    }


def test_deprecation_keys_that_name_nothing_are_located_errors(tmp_path: Path) -> None:
    cfg = config(tmp_path, {"nope": "x", "pets.adopt": "y", "get /nowhere": "z", "pets": " ", "not a key": "w"})
    proc = run_generator("generate", "--spec", str(SPEC), "--config", str(cfg), "--out", str(tmp_path / "out"),
                         "--quiet", "--no-validate")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"{cfg}: deprecated.pets: give the deprecation message users see" in proc.stderr
    assert f"{cfg}: deprecated.not a key: expected a client path" in proc.stderr
    assert not (tmp_path / "out").exists()
    cfg = config(tmp_path, {"nope": "x", "pets.adopt": "y", "get /nowhere": "z"})
    proc = run_generator("generate", "--spec", str(SPEC), "--config", str(cfg), "--out", str(tmp_path / "out"),
                         "--quiet", "--no-validate")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    for key in ("nope", "pets.adopt", "get /nowhere"):
        assert f"{cfg}: deprecated.{key}: no resource, method or operation of the client has this name" in proc.stderr


@pytest.fixture()
def failing_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"


ASSISTANTS = "The Assistants API is deprecated: new code should use the Responses API"
DEPRECATED_CALLS = [
    ("beta.assistants.list", (), {}, ASSISTANTS),
    ("beta.threads.create", (), {}, ASSISTANTS),
    ("beta.threads.runs.list", ("thread_1",), {}, ASSISTANTS),
    ("beta.threads.messages.list", ("thread_1",), {}, ASSISTANTS),
    ("beta.threads.runs.steps.list", ("run_1",), {"thread_id": "thread_1"}, ASSISTANTS),
    # deprecated by the official library though the spec does not say so
    ("files.retrieve_content", ("file-1",), {}, "`retrieve_content` is deprecated: use `content`, which returns the file's bytes"),
    ("fine_tuning.checkpoints.permissions.retrieve", ("ft:gpt-4o:org:x:1",), {},
     "`retrieve` is deprecated: use `list`, which pages through the permissions"),
]


def deprecations(openai: Any, base: str, mode: str, path: str, args: Any, kwargs: Any) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(openai.InternalServerError):
            if mode == "sync":
                target: Any = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
                for part in path.split("."):
                    target = getattr(target, part)
                target(*args, **kwargs)
            else:

                async def go() -> None:
                    async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
                        target: Any = client
                        for part in path.split("."):
                            target = getattr(target, part)
                        await target(*args, **kwargs)

                asyncio.run(go())
    return [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("path,args,kwargs,message", DEPRECATED_CALLS, ids=[c[0] for c in DEPRECATED_CALLS])
def test_each_deprecated_family_warns(openai: Any, failing_server: str, mode: str, path: str, args: Any,
                                      kwargs: Any, message: str) -> None:
    assert deprecations(openai, failing_server, mode, path, args, kwargs) == [message]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_rest_of_the_client_does_not_warn(openai: Any, failing_server: str, mode: str) -> None:
    assert deprecations(openai, failing_server, mode, "files.list", (), {}) == []
    assert deprecations(openai, failing_server, mode, "vector_stores.files.list", ("vs_1",), {}) == []
