"""Client options of output/openai the official library has: an `api_key` that is a function
(sync, or sync/async for AsyncOpenAI) called before each request, and a module client whose
attributes never raise for a missing key (the first request does). Requests go to a real HTTP
server on 127.0.0.1 that records the Authorization header."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from typing import Any, Iterator, List

import pytest

from tests.conftest import ROOT, send_json, serve

pytestmark = pytest.mark.xdist_group("openai-client-options")

MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}


@pytest.fixture()
def server() -> Iterator[tuple[List[str], str]]:
    seen: List[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append(self.headers.get("Authorization", ""))
            page = {"object": "list", "data": [], "has_more": False, "first_id": None, "last_id": None}
            send_json(self, page if self.path.startswith("/v1/organization/") else MODEL)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def rotating(prefix: str) -> Any:
    calls = {"n": 0}

    def provider() -> str:
        calls["n"] += 1
        return f"{prefix}-{calls['n']}"

    return provider


def test_a_key_function_is_called_before_each_request(openai: Any, server: Any) -> None:
    seen, base = server
    client = openai.OpenAI(api_key=rotating("sk-sync"), base_url=base, max_retries=0)
    client.models.retrieve("gpt-4o")
    client.models.retrieve("gpt-4o")
    client.with_options(timeout=5).models.retrieve("gpt-4o")  # a copy keeps the function
    assert seen == ["Bearer sk-sync-1", "Bearer sk-sync-2", "Bearer sk-sync-3"]
    assert not any("function" in h or "lambda" in h for h in seen)


@pytest.mark.parametrize("kind", ["sync function", "async function"])
def test_the_async_client_takes_sync_and_async_key_functions(openai: Any, server: Any, kind: str) -> None:
    seen, base = server
    sync_provider = rotating("sk-async")

    async def async_provider() -> str:
        return sync_provider()

    async def go() -> None:
        provider = sync_provider if kind == "sync function" else async_provider
        async with openai.AsyncOpenAI(api_key=provider, base_url=base, max_retries=0) as client:
            await client.models.retrieve("gpt-4o")
            await client.models.retrieve("gpt-4o")

    asyncio.run(go())
    assert seen == ["Bearer sk-async-1", "Bearer sk-async-2"]


@pytest.mark.parametrize("returned,named", [(None, "a NoneType"), ("", "an empty string"), (b"sk-bytes", "a bytes")])
def test_a_key_function_returning_no_string_is_an_error_without_the_value(openai: Any, server: Any, returned: Any,
                                                                          named: str) -> None:
    seen, base = server
    client = openai.OpenAI(api_key=lambda: returned, base_url=base, max_retries=0)
    with pytest.raises(openai.OpenAIError) as info:
        client.models.retrieve("gpt-4o")
    assert f"The api_key function returned {named}; it must return the key as a non-empty string" == str(info.value)
    assert "sk-bytes" not in str(info.value) and seen == []


MODULE_CLIENT = r"""
import json, os, sys
import openai

out = {}
chat = openai.chat                      # none of these attribute reads may raise
completions = openai.chat.completions
create = openai.chat.completions.create
models = openai.models
out["attributes"] = [type(chat).__name__, type(completions).__name__, callable(create)]
try:
    models.retrieve("gpt-4o")
except openai.OpenAIError as exc:
    out["first_request"] = str(exc)
openai.base_url = sys.argv[1]
os.environ["OPENAI_API_KEY"] = "sk-exported-later"
out["after_export"] = models.retrieve("gpt-4o").id
openai.api_key = "sk-set-later"
out["after_set"] = models.retrieve("gpt-4o").id
print(json.dumps(out))
"""


def test_the_module_client_reports_a_missing_key_at_the_first_request(server: Any) -> None:
    seen, base = server
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(ROOT / "output" / "openai" / "src")
    run = subprocess.run([sys.executable, "-c", MODULE_CLIENT, base], capture_output=True, text=True, env=env,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["attributes"] == ["Chat", "Completions", True]
    assert out["first_request"] == (
        "The api_key client option must be set either by setting `openai.api_key` or the OPENAI_API_KEY environment"
        " variable"
    )
    assert out["after_export"] == out["after_set"] == "gpt-4o"
    assert seen == ["Bearer sk-exported-later", "Bearer sk-set-later"]


def test_admin_endpoints_authenticate_with_the_admin_key(openai: Any, server: Any, monkeypatch: Any) -> None:
    seen, base = server
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_ADMIN_KEY", raising=False)
    both = openai.OpenAI(api_key="sk-user", admin_api_key="sk-admin", base_url=base, max_retries=0)
    both.models.retrieve("gpt-4o")
    both.admin.organization.projects.list()
    both.with_options(timeout=5).admin.organization.projects.list()  # copies keep the admin key
    assert seen == ["Bearer sk-user", "Bearer sk-admin", "Bearer sk-admin"]

    seen.clear()
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "sk-admin-env")
    admin_only = openai.OpenAI(base_url=base, max_retries=0)  # no api_key: the admin key is enough to build it
    admin_only.admin.organization.projects.list()
    with pytest.raises(openai.OpenAIError, match="GET /models/gpt-4o needs the api_key client option"):
        admin_only.models.retrieve("gpt-4o")
    assert seen == ["Bearer sk-admin-env"]

    seen.clear()
    monkeypatch.delenv("OPENAI_ADMIN_KEY")
    user_only = openai.OpenAI(api_key="sk-user", base_url=base, max_retries=0)
    with pytest.raises(openai.OpenAIError, match="needs the admin_api_key client option.*OPENAI_ADMIN_KEY"):
        user_only.admin.organization.projects.list()
    assert seen == []  # refused before sending: the user key is never sent to an admin endpoint
    with pytest.raises(openai.OpenAIError, match="Missing credentials: pass api_key, workload_identity or admin_api_key"):
        openai.OpenAI(base_url=base)


def test_the_async_client_uses_the_admin_key_too(openai: Any, server: Any) -> None:
    seen, base = server

    async def go() -> None:
        async with openai.AsyncOpenAI(api_key=lambda: "sk-fn", admin_api_key="sk-admin", base_url=base,
                                      max_retries=0) as client:
            await client.admin.organization.projects.list()
            await client.models.retrieve("gpt-4o")

    asyncio.run(go())
    assert seen == ["Bearer sk-admin", "Bearer sk-fn"]


def test_azure_copies_take_every_option_by_name(openai: Any) -> None:
    import inspect

    client = openai.AzureOpenAI(api_key="k", api_version="2024-10-21", azure_endpoint="https://x.openai.azure.com")
    named = set(inspect.signature(client.copy).parameters)
    assert set(inspect.signature(openai.OpenAI.copy).parameters) <= named | {"self"}  # none hidden in **kwargs
    copy = client.with_options(timeout=5, max_retries=1, organization="org-1", webhook_secret="whsec_x")
    assert (copy.timeout, copy.max_retries, copy.organization, copy.webhook_secret) == (5, 1, "org-1", "whsec_x")
    assert str(copy.base_url) == str(client.base_url) and copy._api_version == "2024-10-21"


@pytest.fixture()
def echo() -> Iterator[tuple[List[Any], str]]:
    seen: List[Any] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            if self.headers.get("Transfer-Encoding") == "chunked":  # an iterable body of unknown size
                data = b""
                while (size := int(self.rfile.readline().strip(), 16)) > 0:
                    data += self.rfile.read(size)
                    self.rfile.readline()
                self.rfile.readline()
            else:
                data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append((self.command, self.headers.get("Content-Type"), data))
            send_json(self, {"ok": True})

        do_PUT = do_PATCH = do_DELETE = do_POST

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_custom_requests_send_raw_content(openai: Any, echo: Any, mode: str) -> None:
    seen, base = echo
    raw = {"headers": {"Content-Type": "application/octet-stream"}}

    def chunks() -> Iterator[bytes]:
        yield b"part-1,"
        yield b"part-2"

    if mode == "sync":
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        results = [client.post("/things", cast_to=object, content=b"\x00raw", options=raw),
                   client.put("/things/1", cast_to=object, content=chunks(), options=raw),
                   client.patch("/things/1", cast_to=object, content=bytearray(b"ba"), options=raw),
                   client.delete("/things/1", cast_to=object, content=b"gone", options=raw)]
    else:

        async def go() -> List[Any]:
            async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
                return [await client.post("/things", cast_to=object, content=b"\x00raw", options=raw),
                        await client.put("/things/1", cast_to=object, content=b"part-1,part-2", options=raw),
                        await client.patch("/things/1", cast_to=object, content=bytearray(b"ba"), options=raw),
                        await client.delete("/things/1", cast_to=object, content=b"gone", options=raw)]

        results = asyncio.run(go())
    assert results == [{"ok": True}] * 4
    assert seen == [("POST", "application/octet-stream", b"\x00raw"), ("PUT", "application/octet-stream", b"part-1,part-2"),
                    ("PATCH", "application/octet-stream", b"ba"), ("DELETE", "application/octet-stream", b"gone")]


def test_body_and_content_together_are_refused(openai: Any, echo: Any) -> None:
    seen, base = echo
    client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
    with pytest.raises(TypeError, match="either `body` \\(JSON\\) or `content`"):
        client.post("/things", cast_to=object, body={"a": 1}, content=b"x")
    with pytest.raises(TypeError, match="either `files`"):
        client.post("/things", cast_to=object, files={"file": b"x"}, content=b"x")
    assert seen == []


V0_NAMES = ["ChatCompletion", "Completion", "Customer", "Deployment", "Edit", "Embedding", "Engine", "ErrorObject",
            "File", "FineTune", "FineTuningJob", "Image", "Model", "Moderation"]


@pytest.mark.parametrize("name", V0_NAMES)
def test_the_0x_names_explain_the_migration_when_called(openai: Any, name: str) -> None:
    old = getattr(openai, name)
    assert old.create is old and old.list is old  # looking names up works, as old code does first
    with pytest.raises(openai.OpenAIError, match=f"openai.{name} belongs to the 0.x interface") as info:
        old.create(model="x")
    assert type(info.value).__name__ == "APIRemovedInV1" and "openai migrate" in str(info.value)


def test_openai_version_module(openai: Any) -> None:
    import importlib

    assert importlib.import_module("openai.version").VERSION == openai.__version__
