"""Behaviours of output/openai that code written for the official `openai` package relies on,
each checked from the sync and the async client against a real HTTP server on 127.0.0.1:
`.with_raw_response` answers parse without `await`, a streamed binary body parses to `bytes`,
and a status error carries the API's `error` object and the official message shape."""

from __future__ import annotations

import asyncio
import base64
import json
import struct
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any, Dict, Iterator, List, Tuple

import pytest

from tests.conftest import send_json, serve

pytestmark = pytest.mark.xdist_group("openai-dropin")

MODES = pytest.mark.parametrize("mode", ["sync", "async"])

FILE = {"id": "file_1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.txt",
        "purpose": "assistants", "status": "processed"}
CONTENT = bytes(range(256)) * 4
IMAGES = {"created": 1, "data": [{"b64_json": "aGk="}]}
VIDEO = {"id": "video_1", "object": "video", "model": "sora-2", "status": "queued", "progress": 0, "created_at": 1,
         "seconds": "4", "size": "720x1280"}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
VECTORS = [[0.5, -1.25, 3.0], [0.0, 2.5, -0.125]]  # exact in float32
RATE_LIMITED = {"error": {"message": "Rate limit reached", "type": "requests", "param": None,
                          "code": "rate_limit_exceeded"}}


class State:
    def __init__(self) -> None:
        self.requests: List[Tuple[str, str, bytes, Dict[str, str]]] = []
        self.lock = threading.Lock()


def handler_for(state: State) -> type:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _record(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with state.lock:
                state.requests.append((self.command, self.path, body, dict(self.headers.items())))
            return body

        def do_POST(self) -> None:
            raw = self._record()
            body = json.loads(raw) if self.headers.get("Content-Type", "").startswith("application/json") else {}
            if self.path in ("/v1/images/edits", "/v1/videos", "/v1/videos/edits"):
                send_json(self, IMAGES if self.path == "/v1/images/edits" else VIDEO)
                return
            if self.path == "/v1/embeddings":
                packed = body.get("encoding_format") == "base64"
                data = [{"object": "embedding", "index": i,
                         "embedding": base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode() if packed else v}
                        for i, v in enumerate(VECTORS)]
                send_json(self, {"object": "list", "model": "text-embedding-3-small", "data": data,
                                 "usage": {"prompt_tokens": 2, "total_tokens": 2}})
            else:
                send_json(self, {"error": {"message": "no route"}}, 404)

        def do_DELETE(self) -> None:
            self._record()
            send_json(self, {"object": "role.deleted", "id": "role_1", "deleted": True})

        def do_GET(self) -> None:
            self._record()
            if self.path == "/v1/files/file_1":
                send_json(self, FILE)
            elif self.path == "/v1/files/file_1/content":
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(CONTENT)))
                self.end_headers()
                self.wfile.write(CONTENT)
            elif self.path == "/v1/models/limited":
                send_json(self, RATE_LIMITED, 429)
            elif self.path == "/v1/models/plain":
                data = b"upstream says no"
                self.send_response(503)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            else:
                send_json(self, {"error": {"message": "no route"}}, 404)

    return Handler


@pytest.fixture
def api() -> Iterator[Tuple[State, str]]:
    state = State()
    with serve(handler_for(state)) as httpd:
        yield state, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def run(openai: Any, base: str, mode: str, use: Any) -> Any:
    """`use(client)` with a sync client, or awaited with an async one (closed afterwards)."""
    if mode == "sync":
        with openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            return use(client)

    async def go() -> Any:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            return await use(client)

    return asyncio.run(go())


@MODES
def test_raw_response_parses_without_await(openai: Any, api: Any, mode: str) -> None:
    _, base = api

    def sync_use(client: Any) -> Any:
        return client.files.with_raw_response.retrieve("file_1")

    async def async_use(client: Any) -> Any:
        return await client.files.with_raw_response.retrieve("file_1")

    raw = run(openai, base, mode, sync_use if mode == "sync" else async_use)
    parsed = raw.parse()  # a plain call from both clients, as in the official library
    assert isinstance(parsed, openai.types.FileObject) and parsed.id == "file_1"
    assert raw.parse() is parsed
    # `.text` and `.content` are properties holding the body, not methods
    assert json.loads(raw.text) == FILE and json.loads(raw.content) == FILE
    assert raw.status_code == 200 and raw.http_request.method == "GET"


@MODES
def test_raw_response_of_a_binary_endpoint(openai: Any, api: Any, mode: str) -> None:
    _, base = api

    def sync_use(client: Any) -> Any:
        return client.files.with_raw_response.content("file_1")

    async def async_use(client: Any) -> Any:
        return await client.files.with_raw_response.content("file_1")

    raw = run(openai, base, mode, sync_use if mode == "sync" else async_use)
    content = raw.parse()
    assert isinstance(content, openai.HttpxBinaryResponseContent) and content.content == CONTENT


@MODES
def test_streamed_binary_response_parses_to_bytes(openai: Any, api: Any, mode: str) -> None:
    _, base = api

    def sync_use(client: Any) -> Any:
        with client.files.with_streaming_response.content("file_1") as response:
            return response.parse()

    async def async_use(client: Any) -> Any:
        async with client.files.with_streaming_response.content("file_1") as response:
            return await response.parse()

    parsed = run(openai, base, mode, sync_use if mode == "sync" else async_use)
    assert type(parsed) is bytes and parsed == CONTENT


@MODES
def test_streamed_json_response_is_awaited_in_async(openai: Any, api: Any, mode: str) -> None:
    _, base = api

    def sync_use(client: Any) -> Any:
        with client.files.with_streaming_response.retrieve("file_1") as response:
            return response.parse()

    async def async_use(client: Any) -> Any:
        async with client.files.with_streaming_response.retrieve("file_1") as response:
            return await response.parse()

    assert run(openai, base, mode, sync_use if mode == "sync" else async_use).id == "file_1"


def status_error(openai: Any, base: str, mode: str, model: str) -> Any:
    def sync_use(client: Any) -> Any:
        with pytest.raises(openai.APIStatusError) as info:
            client.models.retrieve(model)
        return info.value

    async def async_use(client: Any) -> Any:
        with pytest.raises(openai.APIStatusError) as info:
            await client.models.retrieve(model)
        return info.value

    return run(openai, base, mode, sync_use if mode == "sync" else async_use)


@MODES
def test_status_error_body_is_the_error_object(openai: Any, api: Any, mode: str) -> None:
    _, base = api
    err = status_error(openai, base, mode, "limited")
    assert isinstance(err, openai.RateLimitError) and err.status_code == 429
    assert err.body == RATE_LIMITED["error"]
    assert err.body["message"] == "Rate limit reached"  # what code written for the official reads
    assert str(err) == err.message == f"Error code: 429 - {RATE_LIMITED}"
    assert err.code == "rate_limit_exceeded" and err.type == "requests" and err.param is None


@MODES
def test_status_error_with_a_text_body(openai: Any, api: Any, mode: str) -> None:
    _, base = api
    err = status_error(openai, base, mode, "plain")
    assert isinstance(err, openai.InternalServerError)
    assert err.body == "upstream says no" and str(err) == "upstream says no" and err.code is None


def embed(openai: Any, base: str, mode: str, **kwargs: Any) -> Any:
    def sync_use(client: Any) -> Any:
        return client.embeddings.create(model="text-embedding-3-small", input=["a", "b"], **kwargs)

    async def async_use(client: Any) -> Any:
        return await client.embeddings.create(model="text-embedding-3-small", input=["a", "b"], **kwargs)

    return run(openai, base, mode, sync_use if mode == "sync" else async_use)


@MODES
def test_embeddings_ask_for_base64_and_return_floats(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    result = embed(openai, base, mode)
    assert json.loads(state.requests[-1][2])["encoding_format"] == "base64"
    assert [d.embedding for d in result.data] == VECTORS
    assert all(type(x) is float for d in result.data for x in d.embedding)


@MODES
@pytest.mark.parametrize("encoding_format", ["float", "base64"])
def test_embeddings_pass_a_given_format_through(openai: Any, api: Any, mode: str, encoding_format: str) -> None:
    state, base = api
    result = embed(openai, base, mode, encoding_format=encoding_format)
    assert json.loads(state.requests[-1][2])["encoding_format"] == encoding_format
    if encoding_format == "float":
        assert [d.embedding for d in result.data] == VECTORS
    else:  # asked for explicitly: the caller decodes it
        assert all(isinstance(d.embedding, str) for d in result.data)
        assert struct.unpack("<3f", base64.b64decode(result.data[0].embedding)) == tuple(VECTORS[0])


@MODES
def test_embeddings_base64_through_raw_response(openai: Any, api: Any, mode: str) -> None:
    _, base = api

    def sync_use(client: Any) -> Any:
        return client.embeddings.with_raw_response.create(model="m", input="a")

    async def async_use(client: Any) -> Any:
        return await client.embeddings.with_raw_response.create(model="m", input="a")

    raw = run(openai, base, mode, sync_use if mode == "sync" else async_use)
    assert isinstance(json.loads(raw.text)["data"][0]["embedding"], str)  # the wire form
    assert [d.embedding for d in raw.parse().data] == VECTORS


def form_fields(request: Tuple[str, str, bytes, Dict[str, str]]) -> Dict[str, Any]:
    """The parts of a multipart/form-data request: name -> (filename or None, content)."""
    import email.parser
    import email.policy

    _, _, body, headers = request
    content_type = next(v for k, v in headers.items() if k.lower() == "content-type")
    assert content_type.startswith("multipart/form-data; boundary=")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    fields: Dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        fields.setdefault(name, []).append((part.get_filename(), part.get_payload(decode=True)))
    return fields


def call(openai: Any, base: str, mode: str, path: str, *args: Any, **kwargs: Any) -> Any:
    from tests.conftest import call_openai

    return call_openai(openai, base, mode, path, *args, **kwargs)


@MODES
def test_images_edit_sends_the_file_as_multipart(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    result = call(openai, base, mode, "images.edit", image=("cat.png", PNG, "image/png"), prompt="a hat",
                  response_format="b64_json")
    fields = form_fields(state.requests[-1])
    assert fields["image"] == [("cat.png", PNG)]
    assert fields["prompt"] == [(None, b"a hat")] and fields["response_format"] == [(None, b"b64_json")]
    assert result.data[0].b64_json == "aGk="


@MODES
def test_images_edit_takes_several_images(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    call(openai, base, mode, "images.edit", image=[("a.png", PNG), ("b.png", PNG[::-1])], prompt="p")
    fields = form_fields(state.requests[-1])
    assert [name for name, _ in fields["image[]"]] == ["a.png", "b.png"]


@MODES
def test_videos_create_with_a_file_or_a_reference_object(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    video = call(openai, base, mode, "videos.create", prompt="waves", input_reference=("ref.png", PNG))
    assert video.id == "video_1"
    fields = form_fields(state.requests[-1])
    assert fields["input_reference"] == [("ref.png", PNG)] and fields["prompt"] == [(None, b"waves")]
    call(openai, base, mode, "videos.create", prompt="waves", input_reference={"image_url": "https://x/y.png"})
    fields = form_fields(state.requests[-1])
    assert fields["input_reference[image_url]"] == [(None, b"https://x/y.png")]


@MODES
def test_videos_edit_sends_the_video_file(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    call(openai, base, mode, "videos.edit", prompt="slower", video=("clip.mp4", b"\x00\x00\x00\x18ftypmp42"))
    fields = form_fields(state.requests[-1])
    assert fields["video"] == [("clip.mp4", b"\x00\x00\x00\x18ftypmp42")]


def test_shared_types_are_one_class_under_every_path(openai: Any) -> None:
    import importlib

    types = openai.types
    for name, module in [("Reasoning", "reasoning"), ("Metadata", "metadata"), ("ChatModel", "chat_model"),
                         ("ErrorObject", "error_object"), ("ResponseFormatJSONSchema", "response_format_json_schema"),
                         ("OAuthErrorCode", "oauth_error_code")]:
        defined = getattr(importlib.import_module(f"openai.types.shared.{module}"), name)
        assert getattr(types, name) is getattr(types.shared, name) is defined, name
    assert importlib.import_module("openai.types.chat_model").ChatModel is types.shared.ChatModel
    for name in ("Reasoning", "Metadata", "FunctionDefinition", "ChatModel", "ReasoningEffort"):
        assert hasattr(types.shared_params, name), name
    assert types.shared_params.Reasoning is not types.shared.Reasoning  # a TypedDict, the request form
    response = types.responses.Response.model_validate({
        "id": "resp_1", "object": "response", "created_at": 1, "model": "gpt-4o", "status": "completed", "output": [],
        "parallel_tool_calls": True, "tool_choice": "auto", "tools": [], "reasoning": {"effort": "low"}})
    assert isinstance(response.reasoning, types.Reasoning) and isinstance(response.reasoning, types.shared.Reasoning)
    assert types.FileContent is str


def test_resource_packages_export_their_classes(openai: Any) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = (
        "import sys, openai\n"
        "from openai.resources import Chat, AsyncFiles, FilesWithRawResponse\n"
        "from openai.resources.chat import Completions, AsyncCompletionsWithStreamingResponse\n"
        "from openai.resources.beta.threads import Runs, Messages\n"
        "client = openai.OpenAI(api_key='k')\n"
        "assert type(client.chat) is Chat and type(client.chat.completions) is Completions\n"
        "assert type(client.beta.threads.runs) is Runs and type(client.files.with_raw_response) is FilesWithRawResponse\n"
        "assert openai.resources.chat.completions.Completions is Completions\n"
        "print('ok')\n"
    )
    # a fresh interpreter: `import openai` alone must not have imported the resource modules
    lazy = subprocess.run([sys.executable, "-c", "import sys, openai; openai.OpenAI(api_key='k');"
                           "print(sum(m.startswith('openai.resources.') for m in sys.modules))"],
                          capture_output=True, text=True, cwd=ROOT / "output" / "openai" / "src", timeout=60)
    assert lazy.stdout.strip() == "0", lazy.stderr
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT / "output" / "openai" / "src", timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


@MODES
@pytest.mark.parametrize("path, module, args", [
    ("admin.organization.projects.groups.roles", "admin.organization.projects.groups", {"project_id": "p", "group_id": "g"}),
    ("admin.organization.projects.users.roles", "admin.organization.projects.users", {"project_id": "p", "user_id": "u"}),
    ("admin.organization.users.roles", "admin.organization.users", {"user_id": "u"}),
    ("admin.organization.groups.roles", "admin.organization.groups", {"group_id": "g"}),
    ("admin.organization.projects.roles", "admin.organization.projects", {"project_id": "p"}),
])
def test_each_resource_returns_its_own_class(openai: Any, api: Any, mode: str, path: str, module: str,
                                             args: Dict[str, str], monkeypatch: Any) -> None:
    import importlib

    _, base = api
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "sk-admin-test")
    result = call(openai, base, mode, f"{path}.delete", "role_1", **args)
    expected = importlib.import_module(f"openai.types.{module}").RoleDeleteResponse
    assert isinstance(result, expected), (type(result).__module__, expected.__module__)


@pytest.mark.parametrize(
    ("module", "name"),
    [("openai.types.chat.completion_create_params", "CompletionCreateParams"),
     ("openai.types.responses.response_create_params", "ResponseCreateParams"),
     ("openai.types.completion_create_params", "CompletionCreateParams")],
)
def test_streaming_and_non_streaming_params_types(openai: Any, module: str, name: str) -> None:
    """The official params modules spell the two call shapes: `stream: Literal[True]` required,
    `stream: Literal[False]` optional, and a base without the flag."""
    import importlib
    import typing

    from typing_extensions import Literal, Required, get_type_hints

    mod = importlib.import_module(module)
    base, off, on = (getattr(mod, name + suffix) for suffix in ("Base", "NonStreaming", "Streaming"))
    assert "stream" not in get_type_hints(base)
    assert get_type_hints(on, include_extras=True)["stream"] == Required[Literal[True]]
    assert typing.get_args(get_type_hints(off, include_extras=True)["stream"]) == (Literal[False], type(None))
    assert set(get_type_hints(base)) | {"stream"} == set(get_type_hints(on)) == set(get_type_hints(getattr(mod, name)))


def test_realtime_connection_classes_at_the_official_paths(openai: Any) -> None:
    """The connection classes import from the resource modules, as the official package has them,
    and they are the very classes `connect()` hands out."""
    import importlib

    ga = importlib.import_module("openai.resources.realtime.realtime")
    beta = importlib.import_module("openai.resources.beta.realtime.realtime")
    from openai.lib.realtime import beta as ours_beta
    from openai.lib.realtime import connection as ours

    assert ga.RealtimeConnection is ours.RealtimeConnection
    assert beta.AsyncRealtimeConnectionManager is ours_beta.AsyncRealtimeConnectionManager
    assert ga.RealtimeConversationItemResource.__module__ == "openai.lib.realtime._senders"
    client = openai.OpenAI(api_key="k")
    assert isinstance(client.realtime.connect(model="gpt-realtime"), ga.RealtimeConnectionManager)
    assert isinstance(client.beta.realtime.connect(model="gpt-realtime"), beta.RealtimeConnectionManager)
    with pytest.raises(AttributeError, match="NoSuchThing"):
        getattr(ga, "NoSuchThing")


def test_top_level_names_of_the_official_package(openai: Any) -> None:
    import importlib

    assert openai.VERSION == importlib.import_module("openai.version").VERSION == openai.__version__
    assert openai.ReconnectingEvent is openai.types.ReconnectingEvent
    assert openai.ReconnectingOverrides is openai.types.ReconnectingOverrides
    with pytest.raises(openai.OpenAIError, match="Audio"):
        openai.Audio.create(file="x")


def test_lib_and_azure_names_of_the_official_package(openai: Any) -> None:
    import importlib

    lib = importlib.import_module("openai.lib")
    assert lib.pydantic_function_tool is openai.pydantic_function_tool
    assert type(lib.ResponseFormatT).__name__ == "TypeVar"
    azure = importlib.import_module("openai.lib.azure")
    for client in (openai.AzureOpenAI, openai.AsyncAzureOpenAI):
        assert issubclass(client, azure.BaseAzureClient)
    # without an API key, requests carry the Entra ID token and the parent client gets the sentinel
    client = openai.AzureOpenAI(api_version="2024-10-21", azure_endpoint="https://x.example", azure_ad_token="tok")
    assert client.api_key == azure.API_KEY_SENTINEL
    with pytest.raises(AttributeError):
        lib.no_such_name  # noqa: B018


def test_chat_stream_snapshot_aliases(openai: Any) -> None:
    import importlib

    chat = importlib.import_module("openai.lib.streaming.chat")
    parsed = importlib.import_module("openai.types.chat.parsed_chat_completion")
    # pydantic makes each parametrised generic model a class of its own, as the official ones are
    for alias, generic in ((chat.ParsedChatCompletionSnapshot, parsed.ParsedChatCompletion),
                           (chat.ParsedChoiceSnapshot, parsed.ParsedChoice),
                           (chat.ParsedChatCompletionMessageSnapshot, parsed.ParsedChatCompletionMessage)):
        assert isinstance(alias, type) and issubclass(alias, generic)
        assert alias.__pydantic_generic_metadata__["args"] == (object,)


def test_everyday_nested_names(openai: Any) -> None:
    """Nested classes of everyday types under the official names (issue: drop-in fidelity)."""
    import importlib

    transcription = importlib.import_module("openai.types.audio.transcription")
    assert {"UsageTokens", "UsageDuration", "UsageTokensInputTokenDetails"} <= set(transcription.__all__)
    evals = importlib.import_module("openai.types.eval_create_response")
    assert {"TestingCriterionEvalGraderPython", "TestingCriterionEvalGraderTextSimilarity"} <= set(evals.__all__)
    search = importlib.import_module("openai.types.responses.response_function_web_search")
    assert {"ActionFind", "ActionOpenPage", "ActionSearch"} <= set(search.__all__)
    effort = importlib.import_module("openai.types.shared.reasoning_effort")
    assert type(None) in __import__("typing").get_args(effort.ReasoningEffort)


def test_module_client_has_the_client_resources(openai: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`openai.webhooks` (a hand-written client resource) is the module client's, as
    `openai.models` is."""
    monkeypatch.setattr(openai, "api_key", "sk-test")
    monkeypatch.setattr(openai, "webhook_secret", "whsec_x")
    assert type(openai.webhooks).__name__ == "Webhooks"
    assert openai.webhooks._client is openai.models._client
    with pytest.raises(AttributeError):
        openai.no_such_resource  # noqa: B018
