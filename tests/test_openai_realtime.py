"""The Realtime API over WebSocket of output/openai (`client.realtime.connect`,
`client.beta.realtime.connect`; spec/openai/lib/_realtime.py and spec/openai/lib/realtime/), with
sync and async clients, against a real `websockets` server on 127.0.0.1 run by the test: the
handshake (URL, query, headers, Azure), a scripted session through the typed senders, closes,
`error` events, reconnection, event handlers, the lazily imported `websockets` dependency, and the
official README's and the seed file's Realtime examples, run unchanged but for the host and key."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import json
import os
import re
import subprocess
import sys
import threading
import time
from typing import Any, AsyncIterator, Callable, Dict, Iterator, List, Tuple

import pytest
from websockets.exceptions import ConnectionClosed, ConnectionClosedError, ConnectionClosedOK
from websockets.sync.server import ServerConnection, serve

from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("openai-realtime")

SEED = ROOT.parent / "shared" / "seeds" / "003_1fa49bb70b3348b9.txt"
TIMEOUT = 5.0


# --- the server ------------------------------------------------------------------------------


class Peer:
    """The server's side of one connection, for the scripts: JSON in and out, with timeouts (a
    script that waits in vain ends the connection, so a broken client fails instead of hanging)."""

    def __init__(self, ws: ServerConnection, received: List[Any], index: int) -> None:
        self.ws = ws
        self.received = received
        self.index = index  # 0 for the server's first connection, 1 for the next...

    def send(self, event: Dict[str, Any]) -> None:
        self.ws.send(json.dumps(event))

    def recv(self) -> Dict[str, Any]:
        event = json.loads(self.ws.recv(timeout=TIMEOUT))
        self.received.append(event)
        return event

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.ws.close(code, reason)

    def until_closed(self) -> None:
        """Records what the client sends until it closes the connection."""
        with contextlib.suppress(ConnectionClosed, TimeoutError):
            while True:
                self.recv()


class Server:
    def __init__(self) -> None:
        self.script: Callable[[Peer], None] = Peer.until_closed
        self.requests: List[Tuple[str, Dict[str, str]]] = []  # (path, headers by lower-case name)
        self.header_lists: List[List[Tuple[str, str]]] = []
        self._received: List[Any] = []
        self._pending = 0  # connections whose script has not ended
        self.errors: List[BaseException] = []
        self.refuse: Callable[[int], bool] = lambda handshake: False  # answer handshake n with a 503?
        self.handshakes = 0
        self._index: Dict[int, int] = {}
        self._lock = threading.Lock()
        self._server = serve(self._handle, "127.0.0.1", 0, process_request=self._process_request)
        self.port: int = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def _process_request(self, ws: ServerConnection, request: Any) -> Any:
        # recorded here, during the handshake: before the client's connect returns
        with self._lock:
            handshake, self.handshakes = self.handshakes, self.handshakes + 1
            self.requests.append((request.path, {k.lower(): v for k, v in request.headers.raw_items()}))
            self.header_lists.append(list(request.headers.raw_items()))
        self._index[id(ws)] = handshake
        if self.refuse(handshake):
            return ws.respond(503, "Try again later\n")
        with self._lock:
            self._pending += 1
        return None

    def _handle(self, ws: ServerConnection) -> None:
        try:
            self.script(Peer(ws, self._received, self._index[id(ws)]))
        except (ConnectionClosed, TimeoutError):
            pass
        except BaseException as exc:  # reported by the test
            self.errors.append(exc)
            raise
        finally:
            with self._lock:
                self._pending -= 1

    def settle(self) -> None:
        """Waits until the scripts of the connections opened so far have ended (they run in the
        server's threads, and may still be reading what the client sent before it closed)."""
        wait_for(lambda: self._pending == 0)

    @property
    def received(self) -> List[Any]:
        """What the client sent, in order, once the scripts have ended."""
        self.settle()
        return self._received

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(TIMEOUT)


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    try:
        yield srv
    finally:
        srv.stop()
    assert not srv.errors, srv.errors


@pytest.fixture(autouse=True)
def _environment(monkeypatch: Any) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_API_VERSION",
                 "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_AD_TOKEN"):
        monkeypatch.delenv(name, raising=False)


# --- running one scenario with the sync and the async client ---------------------------------


class Runner:
    """Lets one `async def` scenario drive either client: `await run.call(x)` awaits what the async
    client returns and checks that the sync client returned a plain value."""

    def __init__(self, openai: Any, kind: str) -> None:
        self.openai = openai
        self.kind = kind
        self.is_async = kind == "async"

    def client(self, **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", "sk-test")
        return (self.openai.AsyncOpenAI if self.is_async else self.openai.OpenAI)(**kwargs)

    def azure(self, **kwargs: Any) -> Any:
        azure = self.openai.lib.azure
        return (azure.AsyncAzureOpenAI if self.is_async else azure.AzureOpenAI)(**kwargs)

    async def call(self, value: Any) -> Any:
        assert inspect.isawaitable(value) == self.is_async, value
        return await value if self.is_async else value

    @contextlib.asynccontextmanager
    async def opened(self, manager: Any) -> AsyncIterator[Any]:
        assert inspect.iscoroutinefunction(type(manager).__aenter__) if self.is_async else \
            not hasattr(manager, "__aenter__"), type(manager)
        if self.is_async:
            async with manager as connection:
                yield connection
        else:
            with manager as connection:
                yield connection

    async def events(self, connection: Any) -> AsyncIterator[Any]:
        if self.is_async:
            async for event in connection:
                yield event
        else:
            for event in connection:
                yield event

    async def collect(self, connection: Any) -> List[Any]:
        return [event async for event in self.events(connection)]


@pytest.fixture(params=["sync", "async"])
def run(openai: Any, request: Any) -> Runner:
    return Runner(openai, request.param)


def wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def query_of(path: str) -> Tuple[str, Dict[str, str]]:
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(path)
    return parts.path, dict(parse_qsl(parts.query))


# --- server events used by the scripts -------------------------------------------------------

SESSION_CREATED = {"type": "session.created", "event_id": "event_1",
                   "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1", "model": "gpt-realtime"}}
SESSION_UPDATED = {"type": "session.updated", "event_id": "event_2",
                   "session": {"type": "realtime", "id": "sess_1", "output_modalities": ["text"]}}
ERROR = {"type": "error", "event_id": "event_9",
         "error": {"type": "invalid_request_error", "code": "invalid_value", "message": "Bad value for 'x'",
                   "param": "session.x", "event_id": "client_evt_3"}}


def text_delta(delta: str, beta: bool = False) -> Dict[str, Any]:
    return {"type": "response.text.delta" if beta else "response.output_text.delta", "event_id": f"e_{delta}",
            "response_id": "resp_1", "item_id": "item_1", "output_index": 0, "content_index": 0, "delta": delta}


def text_done(text: str, beta: bool = False) -> Dict[str, Any]:
    return {"type": "response.text.done" if beta else "response.output_text.done", "event_id": "e_done",
            "response_id": "resp_1", "item_id": "item_1", "output_index": 0, "content_index": 0, "text": text}


RESPONSE_DONE = {"type": "response.done", "event_id": "e_rd",
                 "response": {"object": "realtime.response", "id": "resp_1", "status": "completed", "output": []}}
USER_ITEM = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Say hello!"}]}


# --- the handshake ---------------------------------------------------------------------------


async def test_handshake_url_query_and_headers(run: Runner, server: Server) -> None:
    client = run.client(base_url=f"{server.http}/v1", organization="org_1", project="proj_1",
                        default_headers={"X-Default": "d"})
    manager = client.realtime.connect(model="gpt-realtime", extra_query={"foo": "bar"},
                                      extra_headers={"X-Extra": "e", "OpenAI-Project": run.openai.omit})
    assert server.requests == []  # connect() only makes the manager
    async with run.opened(manager) as connection:
        assert type(connection).__name__ == ("AsyncRealtimeConnection" if run.is_async else "RealtimeConnection")
    path, headers = server.requests[0]
    assert query_of(path) == ("/v1/realtime", {"model": "gpt-realtime", "foo": "bar"})
    assert headers["authorization"] == "Bearer sk-test"
    assert headers["openai-organization"] == "org_1"
    assert "openai-project" not in headers  # removed by `omit` in extra_headers
    assert headers["x-default"] == "d" and headers["x-extra"] == "e"
    assert headers["user-agent"] == f"{type(client).__name__}/Python {run.openai.__version__}"
    assert "openai-beta" not in headers
    names = [name.lower() for name, _ in server.header_lists[0]]
    assert len(names) == len(set(names)), names  # no header sent twice


async def test_call_id_goes_in_the_query_and_model_may_be_left_out(run: Runner, server: Server) -> None:
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(call_id="rtc_123", extra_query={"x": "1"})):
        pass
    assert query_of(server.requests[0][0]) == ("/v1/realtime", {"x": "1", "call_id": "rtc_123"})


async def test_beta_handshake_sends_openai_beta(run: Runner, server: Server) -> None:
    client = run.client(base_url=f"{server.http}/v1/")
    manager = client.beta.realtime.connect(model="gpt-4o-realtime-preview", extra_query={"q": "v"},
                                           extra_headers={"X-Extra": "e"})
    async with run.opened(manager) as connection:
        assert type(connection).__module__.endswith("lib.realtime.beta")
    path, headers = server.requests[0]
    assert query_of(path) == ("/v1/realtime", {"model": "gpt-4o-realtime-preview", "q": "v"})
    assert headers["openai-beta"] == "realtime=v1"
    assert headers["authorization"] == "Bearer sk-test" and headers["x-extra"] == "e"


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_websocket_base_url_is_used_instead_of_base_url(run: Runner, server: Server, api: str) -> None:
    client = run.client(base_url="https://api.invalid/v1", websocket_base_url=f"{server.ws}/custom/prefix/")
    resource = client.realtime if api == "ga" else client.beta.realtime
    async with run.opened(resource.connect(model="m")):
        pass
    assert query_of(server.requests[0][0]) == ("/custom/prefix/realtime", {"model": "m"})


@pytest.fixture
def fake_connect(monkeypatch: Any) -> List[Tuple[str, Dict[str, Any]]]:
    """Replaces the `connect` functions of websockets (there is no wss:// server here) and lists
    what they are called with."""
    import websockets.asyncio.client
    import websockets.sync.client

    seen: List[Tuple[str, Dict[str, Any]]] = []

    class Fake:
        def __enter__(self) -> Fake:
            return self

        def close(self, code: int = 1000, reason: str = "") -> None:
            pass

    class AsyncFake:
        async def close(self, code: int = 1000, reason: str = "") -> None:
            pass

    def sync_connect(uri: str, **kwargs: Any) -> Fake:
        seen.append((uri, kwargs))
        return Fake()

    async def async_connect(uri: str, **kwargs: Any) -> AsyncFake:
        seen.append((uri, kwargs))
        return AsyncFake()

    monkeypatch.setattr(websockets.sync.client, "connect", sync_connect)
    monkeypatch.setattr(websockets.asyncio.client, "connect", async_connect)
    return seen


@pytest.mark.parametrize("base_url,expected", [
    ("https://api.example.com/v1", "wss://api.example.com/v1/realtime?model=m"),
    ("http://localhost:8080/v1/", "ws://localhost:8080/v1/realtime?model=m"),
    ("https://proxy.example.com/openai/v1", "wss://proxy.example.com/openai/v1/realtime?model=m"),
])
@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_the_url_is_derived_from_base_url(run: Runner, fake_connect: Any, base_url: str, expected: str,
                                               api: str) -> None:
    client = run.client(base_url=base_url, default_query={"tenant": "t1"})
    resource = client.realtime if api == "ga" else client.beta.realtime
    options = {"max_size": 123, "compression": None, "write_limit": 4096, "open_timeout": 2}
    async with run.opened(resource.connect(model="m", websocket_connection_options=options)):
        pass
    (uri, kwargs), = fake_connect
    assert uri == expected.replace("?", "?tenant=t1&")  # the client's default_query comes along
    assert kwargs["max_size"] == 123 and kwargs["compression"] is None and kwargs["open_timeout"] == 2
    assert ("write_limit" in kwargs) == run.is_async  # the sync client of websockets has no write_limit
    assert kwargs["user_agent_header"] == client.user_agent


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_the_azure_url_is_derived_from_the_endpoint(run: Runner, fake_connect: Any, api: str) -> None:
    client = run.azure(api_key="k", api_version="2025-04-01-preview",
                       azure_endpoint="https://example-resource.openai.azure.com/")
    resource = client.realtime if api == "ga" else client.beta.realtime
    async with run.opened(resource.connect(model="dep")):
        pass
    (uri, kwargs), = fake_connect
    assert uri == ("wss://example-resource.openai.azure.com/openai/realtime"
                   "?api-version=2025-04-01-preview&deployment=dep")
    assert kwargs["additional_headers"]["api-key"] == "k"


async def test_an_api_key_function_is_called_before_each_connection(run: Runner, server: Server) -> None:
    calls: List[int] = []

    def sync_key() -> str:
        calls.append(1)
        return f"sk-rotated-{len(calls)}"

    async def async_key() -> str:
        return sync_key()

    client = run.client(api_key=async_key if run.is_async else sync_key, base_url=f"{server.http}/v1")
    for _ in range(2):
        async with run.opened(client.realtime.connect(model="m")):
            pass
    assert [headers["authorization"] for _, headers in server.requests] == ["Bearer sk-rotated-1",
                                                                           "Bearer sk-rotated-2"]

    bad = run.client(api_key=lambda: "", base_url=f"{server.http}/v1")
    with pytest.raises(run.openai.OpenAIError, match="returned an empty string"):
        async with run.opened(bad.realtime.connect(model="m")):
            pass
    assert len(server.requests) == 2


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_azure_uses_api_version_deployment_and_api_key(run: Runner, server: Server, api: str) -> None:
    client = run.azure(api_key="azure-key", api_version="2025-04-01-preview",
                       azure_endpoint="https://example-resource.openai.azure.com",
                       websocket_base_url=f"{server.ws}/openai")
    resource = client.realtime if api == "ga" else client.beta.realtime
    async with run.opened(resource.connect(model="my-deployment", extra_query={"x": "1"})):
        pass
    path, headers = server.requests[0]
    assert query_of(path) == ("/openai/realtime",
                              {"x": "1", "api-version": "2025-04-01-preview", "deployment": "my-deployment"})
    assert headers["api-key"] == "azure-key" and "authorization" not in headers
    assert ("openai-beta" in headers) == (api == "beta")


async def test_azure_with_an_entra_id_token_provider(run: Runner, server: Server) -> None:
    async def async_token() -> str:
        return "entra-token"

    client = run.azure(azure_ad_token_provider=async_token if run.is_async else (lambda: "entra-token"),
                       api_version="2025-04-01-preview", azure_endpoint="https://example-resource.openai.azure.com",
                       azure_deployment="fixed-deployment", websocket_base_url=server.ws)
    async with run.opened(client.realtime.connect(model="gpt-realtime")):
        pass
    path, headers = server.requests[0]
    assert query_of(path) == ("/realtime", {"api-version": "2025-04-01-preview", "deployment": "fixed-deployment"})
    assert headers["authorization"] == "Bearer entra-token" and "api-key" not in headers


async def test_azure_needs_a_model(run: Runner, server: Server) -> None:
    client = run.azure(api_key="k", api_version="v", azure_endpoint="https://x.openai.azure.com",
                       websocket_base_url=server.ws)
    with pytest.raises(run.openai.OpenAIError, match="An Azure realtime connection needs `model`: the name of the deployment"):
        async with run.opened(client.realtime.connect(call_id="rtc_1")):
            pass
    assert server.requests == []


# --- a scripted session ----------------------------------------------------------------------


def conversation_script(beta: bool) -> Callable[[Peer], None]:
    def script(peer: Peer) -> None:
        peer.send(SESSION_CREATED)
        assert peer.recv()["type"] == "session.update"
        peer.send(SESSION_UPDATED)
        assert peer.recv()["type"] == "conversation.item.create"
        assert peer.recv()["type"] == "response.create"
        peer.send({"type": "response.created", "event_id": "e_rc", "response": {"id": "resp_1", "status": "in_progress"}})
        for delta in ("Hel", "lo", "!"):
            peer.send(text_delta(delta, beta))
        peer.send(text_done("Hello!", beta))
        peer.send(RESPONSE_DONE)
        peer.until_closed()

    return script


async def test_a_text_conversation(run: Runner, server: Server) -> None:
    types = run.openai.types.realtime
    server.script = conversation_script(beta=False)
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(model="gpt-realtime")) as connection:
        created = await run.call(connection.recv())
        assert isinstance(created, types.SessionCreatedEvent) and created.session.id == "sess_1"
        await run.call(connection.session.update(session={"type": "realtime", "output_modalities": ["text"]}))
        updated = await run.call(connection.recv())
        assert isinstance(updated, types.SessionUpdatedEvent) and updated.session.output_modalities == ["text"]
        await run.call(connection.conversation.item.create(item=USER_ITEM))
        await run.call(connection.response.create())
        text, kinds = [], []
        async for event in run.events(connection):
            kinds.append(type(event).__name__)
            if event.type == "response.output_text.delta":
                assert isinstance(event, types.ResponseTextDeltaEvent)
                text.append(event.delta)
            elif event.type == "response.done":
                assert isinstance(event, types.ResponseDoneEvent) and event.response.status == "completed"
                break
    assert "".join(text) == "Hello!"
    assert kinds == ["ResponseCreatedEvent"] + ["ResponseTextDeltaEvent"] * 3 + ["ResponseTextDoneEvent",
                                                                                 "ResponseDoneEvent"]
    assert server.received == [
        {"type": "session.update", "session": {"type": "realtime", "output_modalities": ["text"]}},
        {"type": "conversation.item.create", "item": USER_ITEM},
        {"type": "response.create"},
    ]


async def test_a_beta_text_conversation(run: Runner, server: Server) -> None:
    server.script = conversation_script(beta=True)
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.beta.realtime.connect(model="gpt-4o-realtime-preview")) as connection:
        assert (await run.call(connection.recv())).type == "session.created"
        await run.call(connection.session.update(session={"modalities": ["text"]}))
        assert (await run.call(connection.recv())).type == "session.updated"
        await run.call(connection.conversation.item.create(item=USER_ITEM, previous_item_id="root"))
        await run.call(connection.response.create(response={"instructions": "Be brief"}))
        text = []
        async for event in run.events(connection):
            if event.type == "response.text.delta":
                text.append(event.delta)
            elif event.type == "response.done":
                break
    assert "".join(text) == "Hello!"
    assert server.received == [
        {"type": "session.update", "session": {"modalities": ["text"]}},
        {"type": "conversation.item.create", "item": USER_ITEM, "previous_item_id": "root"},
        {"type": "response.create", "response": {"instructions": "Be brief"}},
    ]


EVERY_SENDER = [
    ("session.update", {"session": {"type": "realtime", "instructions": "Hi"}, "event_id": "c1"},
     {"type": "session.update", "session": {"type": "realtime", "instructions": "Hi"}, "event_id": "c1"}),
    ("response.create", {"event_id": "c2", "response": {"output_modalities": ["text"], "conversation": "none"}},
     {"type": "response.create", "event_id": "c2", "response": {"output_modalities": ["text"], "conversation": "none"}}),
    ("response.create", {}, {"type": "response.create"}),
    ("response.cancel", {"response_id": "resp_1", "event_id": "c3"},
     {"type": "response.cancel", "response_id": "resp_1", "event_id": "c3"}),
    ("response.cancel", {}, {"type": "response.cancel"}),
    ("input_audio_buffer.append", {"audio": "AAAA", "event_id": "c4"},
     {"type": "input_audio_buffer.append", "audio": "AAAA", "event_id": "c4"}),
    ("input_audio_buffer.clear", {}, {"type": "input_audio_buffer.clear"}),
    ("input_audio_buffer.commit", {"event_id": "c5"}, {"type": "input_audio_buffer.commit", "event_id": "c5"}),
    ("conversation.item.create", {"item": USER_ITEM, "previous_item_id": "item_0", "event_id": "c6"},
     {"type": "conversation.item.create", "item": USER_ITEM, "previous_item_id": "item_0", "event_id": "c6"}),
    ("conversation.item.delete", {"item_id": "item_1"}, {"type": "conversation.item.delete", "item_id": "item_1"}),
    ("conversation.item.retrieve", {"item_id": "item_2", "event_id": "c7"},
     {"type": "conversation.item.retrieve", "item_id": "item_2", "event_id": "c7"}),
    ("conversation.item.truncate", {"item_id": "item_3", "content_index": 0, "audio_end_ms": 1500},
     {"type": "conversation.item.truncate", "item_id": "item_3", "content_index": 0, "audio_end_ms": 1500}),
    ("output_audio_buffer.clear", {"event_id": "c8"}, {"type": "output_audio_buffer.clear", "event_id": "c8"}),
]
BETA_ONLY = [
    ("transcription_session.update", {"session": {"input_audio_format": "pcm16"}, "event_id": "c9"},
     {"type": "transcription_session.update", "session": {"input_audio_format": "pcm16"}, "event_id": "c9"}),
]


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_every_sender_sends_its_event(run: Runner, server: Server, api: str) -> None:
    cases = EVERY_SENDER + (BETA_ONLY if api == "beta" else [])
    client = run.client(base_url=f"{server.http}/v1")
    resource = client.realtime if api == "ga" else client.beta.realtime
    async with run.opened(resource.connect(model="m")) as connection:
        if api == "ga":
            assert not hasattr(connection, "transcription_session")
        for dotted, kwargs, _ in cases:
            target = connection
            for name in dotted.split("."):
                target = getattr(target, name)
            await run.call(target(**kwargs))
    assert server.received == [expected for _, _, expected in cases]


async def test_send_takes_a_dict_or_a_model_and_recv_bytes_the_raw_message(run: Runner, server: Server) -> None:
    types = run.openai.types.realtime
    raw = json.dumps({"type": "session.created", "event_id": "event_raw", "session": {"type": "realtime"}},
                     separators=(",", ":"))

    def script(peer: Peer) -> None:
        peer.ws.send(raw)
        peer.send(SESSION_UPDATED)
        peer.until_closed()

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(model="m")) as connection:
        data = await run.call(connection.recv_bytes())
        assert data == raw.encode() and isinstance(data, bytes)
        assert isinstance(connection.parse_event(data), types.SessionCreatedEvent)
        await run.call(connection.send({"type": "response.create", "event_id": run.openai.omit,
                                        "response": {"instructions": "x", "metadata": {"k": "v"}}}))
        model = types.SessionUpdateEvent(type="session.update",
                                          session=types.RealtimeSessionCreateRequest(type="realtime", instructions="Be"))
        await run.call(connection.send(model))
        await run.call(connection.send(types.InputAudioBufferClearEvent(type="input_audio_buffer.clear", event_id="e1")))
        await run.call(connection.send({"type": "conversation.item.create", "item": types.RealtimeConversationItemUserMessage(
            type="message", role="user", content=[{"type": "input_text", "text": "hi"}])}))
        await run.call(connection.send_raw('{"type": "input_audio_buffer.commit"}'))
        assert isinstance(await run.call(connection.recv()), types.SessionUpdatedEvent)
    assert server.received == [
        {"type": "response.create", "response": {"instructions": "x", "metadata": {"k": "v"}}},
        {"type": "session.update", "session": {"type": "realtime", "instructions": "Be"}},
        {"type": "input_audio_buffer.clear", "event_id": "e1"},
        {"type": "conversation.item.create",
         "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}},
        {"type": "input_audio_buffer.commit"},
    ]


async def test_send_rejects_other_values(run: Runner, server: Server) -> None:
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(model="m")) as connection:
        with pytest.raises(TypeError, match="must be a dict or a model"):
            await run.call(connection.send('{"type": "response.create"}'))


# --- errors and closes -----------------------------------------------------------------------


async def test_an_error_event_is_returned_typed_and_the_connection_stays_usable(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        peer.send(ERROR)
        assert peer.recv() == {"type": "session.update", "session": {"type": "realtime", "instructions": "ok"}}
        peer.send(SESSION_UPDATED)
        peer.until_closed()

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(model="m")) as connection:
        error = await run.call(connection.recv())
        assert isinstance(error, run.openai.types.realtime.RealtimeErrorEvent)
        assert (error.error.type, error.error.code, error.error.message, error.error.event_id) == (
            "invalid_request_error", "invalid_value", "Bad value for 'x'", "client_evt_3")
        await run.call(connection.session.update(session={"type": "realtime", "instructions": "ok"}))
        assert (await run.call(connection.recv())).type == "session.updated"


async def test_a_beta_error_event_is_returned_typed(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        peer.send(ERROR)
        peer.close()

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.beta.realtime.connect(model="m")) as connection:
        events = await run.collect(connection)
    assert [type(event) for event in events] == [run.openai.types.beta.realtime.ErrorEvent]
    assert events[0].error.param == "session.x"


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_a_normal_close_by_the_server_ends_iteration(run: Runner, server: Server, api: str) -> None:
    def script(peer: Peer) -> None:
        peer.send(SESSION_CREATED)
        peer.close(1000, "bye")

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    resource = client.realtime if api == "ga" else client.beta.realtime
    closed = run.openai.lib.realtime.WebSocketConnectionClosedError
    async with run.opened(resource.connect(model="m")) as connection:
        events = await run.collect(connection)
        assert [event.type for event in events] == ["session.created"]
        with pytest.raises(run.openai.OpenAIError, match="Cannot receive a Realtime event: the Realtime WebSocket "
                                                         r"connection is closed \(received 1000 \(OK\) bye") as info:
            await run.call(connection.recv())
        assert isinstance(info.value, closed) and isinstance(info.value, ConnectionClosedOK)
        assert (info.value.code, info.value.reason, info.value.unsent_messages) == (1000, "bye", [])
        with pytest.raises(closed, match="Cannot send a Realtime event") as sent:
            await run.call(connection.response.create())
        assert sent.value.unsent_messages == ['{"type": "response.create"}']
        with pytest.raises(closed):
            await run.call(connection.recv_bytes())


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_an_abnormal_close_raises_from_iteration(run: Runner, server: Server, api: str) -> None:
    def script(peer: Peer) -> None:
        peer.send(SESSION_CREATED)
        peer.close(1011, "internal problem")

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    resource = client.realtime if api == "ga" else client.beta.realtime
    seen = []
    async with run.opened(resource.connect(model="m")) as connection:
        with pytest.raises(run.openai.lib.realtime.WebSocketConnectionClosedError) as info:
            async for event in run.events(connection):
                seen.append(event.type)
    assert seen == ["session.created"]
    assert isinstance(info.value, ConnectionClosedError) and isinstance(info.value, run.openai.OpenAIError)
    assert (info.value.code, info.value.reason) == (1011, "internal problem")
    assert "received 1011 (internal error) internal problem" in str(info.value)


async def test_events_whose_send_failed_are_reported_when_iteration_ends(run: Runner, server: Server) -> None:
    server.script = lambda peer: peer.close(1011)
    client = run.client(base_url=f"{server.http}/v1")
    closed = run.openai.lib.realtime.WebSocketConnectionClosedError
    async with run.opened(client.realtime.connect(model="m")) as connection:
        with pytest.raises(closed):
            await run.call(connection.recv())
        with pytest.raises(closed):
            await run.call(connection.input_audio_buffer.commit())
        with pytest.raises(closed, match="unsent") as info:
            await run.collect(connection)
    assert info.value.unsent_messages == ['{"type": "input_audio_buffer.commit"}']


async def test_closing_ends_iteration_and_the_block_closes_the_connection(run: Runner, server: Server) -> None:
    closes: Dict[int, Any] = {}

    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.send(SESSION_CREATED)
        peer.until_closed()
        closes[peer.index] = (peer.ws.close_code, peer.ws.close_reason)

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(model="m")) as connection:
        async for event in run.events(connection):
            assert event.type == "session.created"
            await run.call(connection.close(code=4000, reason="done here"))
    manager = client.realtime.connect(model="m")
    async with run.opened(manager) as connection:
        pass
    with pytest.raises(run.openai.OpenAIError):
        await run.call(connection.recv())
    server.settle()
    assert closes == {0: (4000, "done here"), 1: (1000, "")}, (server.errors, server.requests)


# --- reconnection, queued events, handlers ---------------------------------------------------


async def test_reconnects_after_a_recoverable_close(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.send(SESSION_CREATED)
            peer.close(1012, "restarting")
        else:
            peer.send(SESSION_UPDATED)
            peer.recv()
            peer.close()

    server.script = script
    attempts: List[Any] = []

    def on_reconnecting(event: Any) -> Any:
        attempts.append(event)
        return {"extra_query": {"resume": "yes"}, "extra_headers": {"X-Attempt": str(event.attempt)}}

    client = run.client(base_url=f"{server.http}/v1")
    manager = client.realtime.connect(model="m", extra_query={"first": "1"}, on_reconnecting=on_reconnecting,
                                      initial_delay=0.01, max_delay=0.02)
    async with run.opened(manager) as connection:
        types = []
        async for event in run.events(connection):
            types.append(event.type)
            if event.type == "session.updated":
                await run.call(connection.response.create())
    assert types == ["session.created", "session.updated"]
    (event,) = attempts
    assert isinstance(event, run.openai.lib.realtime.ReconnectingEvent)
    assert (event.attempt, event.max_attempts, event.close_code) == (1, 5, 1012)
    assert event.extra_query == {"first": "1"} and 0.0075 <= event.delay <= 0.01
    assert query_of(server.requests[1][0]) == ("/v1/realtime", {"model": "m", "resume": "yes"})
    assert server.requests[1][1]["x-attempt"] == "1"
    assert server.received == [{"type": "response.create"}]


async def test_no_reconnection_without_the_callback_or_when_it_aborts(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        peer.close(1012, "restarting")

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    closed = run.openai.lib.realtime.WebSocketConnectionClosedError
    async with run.opened(client.realtime.connect(model="m")) as connection:
        with pytest.raises(closed) as info:
            await run.collect(connection)
    assert info.value.code == 1012
    aborted: List[int] = []
    manager = client.realtime.connect(model="m", initial_delay=0.01,
                                      on_reconnecting=lambda event: aborted.append(event.attempt) or {"abort": True})
    async with run.opened(manager) as connection:
        with pytest.raises(closed):
            await run.collect(connection)
    assert aborted == [1] and len(server.requests) == 2


async def test_reconnection_gives_up_after_max_retries(run: Runner, server: Server) -> None:
    server.script = lambda peer: peer.close(1013, "later")
    server.refuse = lambda handshake: handshake > 0  # every new connection is refused
    attempts: List[Tuple[int, int]] = []
    client = run.client(base_url=f"{server.http}/v1")
    manager = client.realtime.connect(model="m", max_retries=3, initial_delay=0.01, max_delay=0.01,
                                      on_reconnecting=lambda event: attempts.append((event.attempt, event.close_code)))
    async with run.opened(manager) as connection:
        with pytest.raises(run.openai.lib.realtime.WebSocketConnectionClosedError) as info:
            await run.collect(connection)
    assert attempts == [(1, 1013), (2, 1013), (3, 1013)]
    assert (info.value.code, info.value.reason, server.handshakes) == (1013, "later", 4)


async def test_a_close_that_is_not_recoverable_is_not_retried(run: Runner, server: Server) -> None:
    server.script = lambda peer: peer.close(1008, "policy")
    attempts: List[Any] = []
    client = run.client(base_url=f"{server.http}/v1")
    manager = client.realtime.connect(model="m", initial_delay=0.01, on_reconnecting=attempts.append)
    async with run.opened(manager) as connection:
        with pytest.raises(run.openai.lib.realtime.WebSocketConnectionClosedError) as info:
            await run.collect(connection)
    assert attempts == [] and info.value.code == 1008 and server.handshakes == 1


async def test_events_sent_on_the_manager_go_out_first(run: Runner, server: Server) -> None:
    client = run.client(base_url=f"{server.http}/v1")
    manager = client.realtime.connect(model="m", max_queue_size=60)
    manager.send({"type": "session.update", "session": {"type": "realtime"}})
    with pytest.raises(run.openai.lib.realtime.WebSocketQueueFullError):
        manager.send({"type": "conversation.item.create", "item": USER_ITEM})
    async with run.opened(manager) as connection:
        await run.call(connection.response.create())
    assert server.received == [{"type": "session.update", "session": {"type": "realtime"}}, {"type": "response.create"}]


async def test_dispatch_events_calls_the_registered_handlers(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        for event in (SESSION_CREATED, text_delta("a"), text_delta("b"), RESPONSE_DONE):
            peer.send(event)
        peer.close()

    server.script = script
    calls: List[Tuple[str, str]] = []
    client = run.client(base_url=f"{server.http}/v1")
    manager = client.realtime.connect(model="m")

    @manager.once("response.output_text.delta")
    def first_delta(event: Any) -> None:
        calls.append(("first", event.delta))

    async def every(event: Any) -> None:
        calls.append(("every", event.type))

    def never(event: Any) -> None:
        calls.append(("never", event.type))

    assert manager.on("event", every if run.is_async else lambda e: calls.append(("every", e.type))) is manager
    async with run.opened(manager) as connection:
        assert connection.on("session.created", never) is connection
        assert connection.off("session.created", never) is connection
        await run.call(connection.dispatch_events())
    assert calls == [("every", "session.created"), ("first", "a"), ("every", "response.output_text.delta"),
                     ("every", "response.output_text.delta"), ("every", "response.done")]


async def test_dispatch_events_raises_on_an_unhandled_error_event(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        peer.send(ERROR)
        peer.until_closed()

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.realtime.connect(model="m")) as connection:
        with pytest.raises(run.openai.OpenAIError, match="error event and no handler") as info:
            await run.call(connection.dispatch_events())
    assert "Bad value for 'x'" in str(info.value)


# --- the websockets dependency ---------------------------------------------------------------


@pytest.mark.parametrize("api", ["ga", "beta"])
async def test_without_websockets_entering_says_how_to_install_it(run: Runner, monkeypatch: Any, api: str) -> None:
    for name in ("websockets", "websockets.sync", "websockets.sync.client", "websockets.asyncio",
                 "websockets.asyncio.client"):
        monkeypatch.setitem(sys.modules, name, None)  # `import` of these now fails
    client = run.client(base_url="http://127.0.0.1:9/v1")
    resource = client.realtime if api == "ga" else client.beta.realtime
    manager = resource.connect(model="m")  # fine: nothing is imported yet
    with pytest.raises(run.openai.OpenAIError, match=re.escape("pip install openai[realtime]")) as info:
        async with run.opened(manager):
            pass
    assert isinstance(info.value.__cause__, ImportError)


def test_importing_openai_does_not_import_websockets() -> None:
    code = (
        "import sys, openai, openai.types\n"
        "from openai.types import WebSocketConnectionOptions, WebsocketConnectionOptions\n"
        "client = openai.OpenAI(api_key='k')\n"
        "client.realtime.connect(model='m'); client.beta.realtime.connect(model='m')\n"
        "openai.AsyncOpenAI(api_key='k').realtime.connect(model='m')\n"
        "import openai.lib.realtime, openai.lib.realtime.beta\n"
        "assert WebsocketConnectionOptions is WebSocketConnectionOptions\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'websockets'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "output" / "openai" / "src")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_connect_signatures_match_the_official_names(openai: Any) -> None:
    ga = ["call_id", "model", "extra_query", "extra_headers", "websocket_connection_options", "on_reconnecting",
          "max_retries", "initial_delay", "max_delay", "max_queue_size"]
    beta = ["model", "extra_query", "extra_headers", "websocket_connection_options"]
    client, aclient = openai.OpenAI(api_key="k"), openai.AsyncOpenAI(api_key="k")
    for method, names in ((client.realtime.connect, ga), (aclient.realtime.connect, ga),
                          (client.beta.realtime.connect, beta), (aclient.beta.realtime.connect, beta)):
        parameters = inspect.signature(method).parameters
        assert list(parameters) == names
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
        assert not inspect.iscoroutinefunction(method)
    assert inspect.signature(client.beta.realtime.connect).parameters["model"].default is inspect.Parameter.empty
    defaults = {name: p.default for name, p in inspect.signature(client.realtime.connect).parameters.items()}
    assert defaults["max_retries"] == 5 and defaults["initial_delay"] == 0.5 and defaults["max_delay"] == 8.0
    assert defaults["max_queue_size"] == 1_048_576 and defaults["on_reconnecting"] is None
    keys = set(openai.types.WebSocketConnectionOptions.__annotations__)
    assert keys == {"extensions", "subprotocols", "compression", "max_size", "max_queue", "write_limit"}


# --- the documented examples -----------------------------------------------------------------

README_BASIC = '''import asyncio
from openai import AsyncOpenAI

async def main():
    client = AsyncOpenAI()

    async with client.realtime.connect(model="gpt-realtime-2") as connection:
        await connection.session.update(
            session={"type": "realtime", "output_modalities": ["text"]}
        )

        await connection.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "Say hello!"}],
            }
        )
        await connection.response.create()

        async for event in connection:
            if event.type == "response.output_text.delta":
                print(event.delta, flush=True, end="")

            elif event.type == "response.output_text.done":
                print()

            elif event.type == "response.done":
                break

asyncio.run(main())
'''

README_ERRORS = '''client = AsyncOpenAI()

async with client.realtime.connect(model="gpt-realtime-2") as connection:
    ...
    async for event in connection:
        if event.type == 'error':
            print(event.error.type)
            print(event.error.code)
            print(event.error.event_id)
            print(event.error.message)
'''

SEED_BASIC = '''import asyncio
from openai import AsyncOpenAI

async def main():
    client = AsyncOpenAI()

    async with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
        await connection.session.update(session={'modalities': ['text']})

        await connection.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "Say hello!"}],
            }
        )
        await connection.response.create()

        async for event in connection:
            if event.type == 'response.text.delta':
                print(event.delta, flush=True, end="")

            elif event.type == 'response.text.done':
                print()

            elif event.type == "response.done":
                break

asyncio.run(main())
'''

SEED_ERRORS = '''client = AsyncOpenAI()

async with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
    ...
    async for event in connection:
        if event.type == 'error':
            print(event.error.type)
            print(event.error.code)
            print(event.error.event_id)
            print(event.error.message)
'''


def _code_after(text: str, marker: str) -> str:
    start = text.index(marker)
    match = re.compile(r"```(?:py|python)?\n(.*?)```", re.S).search(text, start)
    assert match is not None, marker
    return match.group(1)


def test_the_seed_examples_are_quoted_unchanged() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not present")
    text = SEED.read_text(encoding="utf-8")
    assert _code_after(text, "TITLE: Realtime API Basic Text Example") == SEED_BASIC
    assert _code_after(text, "TITLE: Realtime API Error Handling") == SEED_ERRORS


def test_the_readme_examples_are_quoted_unchanged() -> None:
    from tests.conftest import official_readme

    text = official_readme()
    section = text[text.index("## Realtime API"):]
    assert _code_after(section, "Basic text based example:") == README_BASIC
    assert _code_after(section, "### Realtime error handling") == README_ERRORS


def run_example(openai: Any, code: str) -> None:
    """Runs an example as a script. The error-handling snippets use `async with` at top level and
    `AsyncOpenAI` without importing it: they run as top-level-await code with `AsyncOpenAI` defined,
    the way they would in an asyncio REPL after `from openai import AsyncOpenAI`."""
    namespace: Dict[str, Any] = {"__name__": "__main__", "AsyncOpenAI": openai.AsyncOpenAI}
    compiled = compile(code, "<example>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(compiled, namespace)
    if inspect.iscoroutine(result):
        asyncio.run(result)


def _example_env(monkeypatch: Any, server: Server) -> None:
    # the only change to the examples: the host and key they use, from the environment
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.http}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-example")


@pytest.mark.parametrize("code,beta", [(README_BASIC, False), (SEED_BASIC, True)], ids=["readme", "seed"])
def test_the_basic_text_example_runs(openai: Any, server: Server, monkeypatch: Any, capsys: Any, code: str,
                                     beta: bool) -> None:
    def script(peer: Peer) -> None:
        for _ in range(3):
            peer.recv()
        for delta in ("Hello", " there", "!"):
            peer.send(text_delta(delta, beta))
        peer.send(text_done("Hello there!", beta))
        peer.send(RESPONSE_DONE)
        peer.until_closed()

    server.script = script
    _example_env(monkeypatch, server)
    run_example(openai, code)
    assert capsys.readouterr().out == "Hello there!\n"
    path, headers = server.requests[0]
    model = "gpt-4o-realtime-preview" if beta else "gpt-realtime-2"
    assert query_of(path) == ("/v1/realtime", {"model": model})
    assert headers["authorization"] == "Bearer sk-example"
    assert headers.get("openai-beta") == ("realtime=v1" if beta else None)
    session = {"modalities": ["text"]} if beta else {"type": "realtime", "output_modalities": ["text"]}
    assert server.received == [{"type": "session.update", "session": session},
                               {"type": "conversation.item.create", "item": USER_ITEM}, {"type": "response.create"}]


@pytest.mark.parametrize("code", [README_ERRORS, SEED_ERRORS], ids=["readme", "seed"])
def test_the_error_handling_example_runs(openai: Any, server: Server, monkeypatch: Any, capsys: Any,
                                         code: str) -> None:
    def script(peer: Peer) -> None:
        peer.send(ERROR)
        peer.send(SESSION_UPDATED)  # not an error: the example skips it
        peer.close()  # a normal close ends the example's loop

    server.script = script
    _example_env(monkeypatch, server)
    run_example(openai, code)
    assert capsys.readouterr().out == "invalid_request_error\ninvalid_value\nclient_evt_3\nBad value for 'x'\n"
    assert len(server.requests) == 1


# --- Responses over a WebSocket: client.responses.connect() ---------------------------------


def responses_script(peer: Peer) -> None:
    """Answers each `response.create` with the stream events of one short response."""
    while True:
        request = peer.recv()
        assert request["type"] == "response.create"
        number = len(peer.received)
        response = {"id": f"resp_{number}", "object": "response", "status": "in_progress", "output": []}
        peer.send({"type": "response.created", "sequence_number": 0, "response": response})
        for i, piece in enumerate(["Hel", "lo"]):
            peer.send({"type": "response.output_text.delta", "sequence_number": i + 1, "item_id": "msg_1",
                       "output_index": 0, "content_index": 0, "delta": piece, "logprobs": []})
        peer.send({"type": "response.completed", "sequence_number": 3,
                   "response": {**response, "status": "completed"}})


async def test_responses_over_a_websocket(run: Runner, server: Server) -> None:
    responses = run.openai.types.responses
    server.script = responses_script
    client = run.client(base_url=f"{server.http}/v1")
    manager = client.responses.connect(extra_query={"q": "1"})
    assert server.requests == []  # connect() only makes the manager
    async with run.opened(manager) as connection:
        assert type(connection).__name__ == ("AsyncResponsesConnection" if run.is_async else "ResponsesConnection")
        for turn in range(2):
            await run.call(connection.response.create(model="gpt-5", input=f"turn {turn}", store=run.openai.omit))
            text = []
            async for event in run.events(connection):
                if isinstance(event, responses.ResponseTextDeltaEvent):
                    text.append(event.delta)
                elif event.type == "response.completed":
                    assert isinstance(event, responses.ResponseCompletedEvent)
                    assert event.response.status == "completed"
                    break
            assert "".join(text) == "Hello"
    path, headers = server.requests[0]
    assert query_of(path) == ("/v1/responses", {"q": "1"})
    assert headers["authorization"] == "Bearer sk-test" and "openai-beta" not in headers
    assert server.received == [{"type": "response.create", "model": "gpt-5", "input": "turn 0"},
                               {"type": "response.create", "model": "gpt-5", "input": "turn 1"}]


async def test_responses_connection_handlers_and_error_events(run: Runner, server: Server) -> None:
    def script(peer: Peer) -> None:
        peer.recv()
        peer.send({"type": "error", "sequence_number": 0, "code": "bad", "message": "no such model", "param": None})
        peer.close()

    server.script = script
    client = run.client(base_url=f"{server.http}/v1")
    async with run.opened(client.responses.connect()) as connection:
        await run.call(connection.response.create(model="nope"))
        with pytest.raises(run.openai.OpenAIError, match="The Responses API sent an error event"):
            await run.call(connection.dispatch_events())


def test_responses_connection_classes_at_the_official_paths(openai: Any) -> None:
    import importlib

    module = importlib.import_module("openai.resources.responses.responses")
    lib = importlib.import_module("openai.lib.realtime.responses")
    for name in ("ResponsesConnection", "AsyncResponsesConnection", "ResponsesConnectionManager",
                 "AsyncResponsesConnectionManager", "ResponsesResponseResource", "AsyncResponsesResponseResource",
                 "BaseResponsesConnectionResource", "BaseAsyncResponsesConnectionResource"):
        assert getattr(module, name) is getattr(lib, name)
    realtime = importlib.import_module("openai.resources.realtime.realtime")
    assert not issubclass(module.ResponsesConnection, realtime.RealtimeConnection)
