"""`client.beta.chatkit` of output/openai (emitted from the spec's /chatkit routes, named as the
official package names them): the `OpenAI-Beta: chatkit_beta=v1` header, the typed session and
thread objects, and the two cursor-paged lists, sync and async, against a real HTTP server on
127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler
from typing import Any, Dict, Iterator, List

import pytest

from tests.conftest import send_json, serve

pytestmark = pytest.mark.xdist_group("openai-chatkit")

THREAD = {"id": "cthr_1", "object": "chatkit.thread", "created_at": 1, "title": None, "status": {"type": "active"},
          "user": "u1"}
SESSION = {"id": "cksess_1", "object": "chatkit.session", "expires_at": 2, "client_secret": "ek_1",
           "workflow": {"id": "wf_1", "version": None, "state_variables": None, "tracing": {"enabled": True}},
           "user": "u1", "rate_limits": {"max_requests_per_1_minute": 10}, "max_requests_per_1_minute": 10,
           "status": "active", "chatkit_configuration": {
               "automatic_thread_titling": {"enabled": True},
               "file_upload": {"enabled": False, "max_file_size": None, "max_files": None},
               "history": {"enabled": True, "recent_threads": None}}}


@pytest.fixture()
def server() -> Iterator[tuple[List[Dict[str, Any]], str]]:
    seen: List[Dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen.append({"line": f"{self.command} {self.path}", "beta": self.headers.get("OpenAI-Beta"),
                         "body": json.loads(self.rfile.read(length)) if length else None})

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            self.record()
            send_json(self, {**SESSION, "status": "cancelled"} if self.path.endswith("/cancel") else SESSION)

        def do_GET(self) -> None:  # noqa: N802
            self.record()
            if self.path.startswith("/v1/chatkit/threads?"):
                after = "after=cthr_1" in self.path
                data = [] if after else [THREAD]
                return send_json(self, {"object": "list", "data": data, "first_id": None,
                                        "last_id": None if after else "cthr_1", "has_more": not after})
            send_json(self, THREAD)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_chatkit_sessions_and_threads(openai: Any, server: Any, mode: str) -> None:
    seen, base = server
    workflow = {"id": "wf_1"}

    def run_sync() -> List[Any]:
        client = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        chatkit = client.beta.chatkit
        return [chatkit.sessions.create(user="u1", workflow=workflow), chatkit.sessions.cancel("cksess_1"),
                chatkit.threads.retrieve("cthr_1"), list(chatkit.threads.list(limit=1))]

    async def run_async() -> List[Any]:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            chatkit = client.beta.chatkit
            return [await chatkit.sessions.create(user="u1", workflow=workflow),
                    await chatkit.sessions.cancel("cksess_1"), await chatkit.threads.retrieve("cthr_1"),
                    [t async for t in chatkit.threads.list(limit=1)]]

    session, cancelled, thread, threads = run_sync() if mode == "sync" else asyncio.run(run_async())
    assert isinstance(session, openai.types.beta.chatkit.ChatSession) and session.client_secret == "ek_1"
    assert cancelled.status == "cancelled"
    assert isinstance(thread, openai.types.beta.chatkit.ChatKitThread) and thread.status.type == "active"
    assert [t.id for t in threads] == ["cthr_1"]  # the second page (after the first's last_id) is empty
    assert [s["line"] for s in seen] == ["POST /v1/chatkit/sessions", "POST /v1/chatkit/sessions/cksess_1/cancel",
                                         "GET /v1/chatkit/threads/cthr_1", "GET /v1/chatkit/threads?limit=1",
                                         "GET /v1/chatkit/threads?limit=1&after=cthr_1"]
    assert seen[0]["body"] == {"user": "u1", "workflow": {"id": "wf_1"}}
    assert {s["beta"] for s in seen} == {"chatkit_beta=v1"}
