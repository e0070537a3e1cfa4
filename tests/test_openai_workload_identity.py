"""`OpenAI(workload_identity=...)` of output/openai (spec/openai/auth/): the subject token is
exchanged at the token endpoint, the access token is cached and refreshed before it expires, a
401 drops it and retries once, and the official README's workload identity examples run. One
real HTTP server on 127.0.0.1 plays the token endpoint and the API."""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from tests.conftest import send_json, serve

pytestmark = pytest.mark.xdist_group("openai-workload-identity")

COMPLETION = {"id": "c1", "object": "chat.completion", "created": 1, "model": "gpt-5.5", "choices": [
    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hi"}}]}
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}


def workload() -> Any:
    import importlib

    return importlib.import_module("openai.auth._workload")


class Server:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.exchanges: List[Dict[str, Any]] = []
        self.api_auth: List[str] = []
        self.expires_in: Any = 3600
        self.refuse_exchange = False
        self.unauthorized = 0  # the next N API calls answer 401


@pytest.fixture()
def server(openai: Any, monkeypatch: Any) -> Iterator[tuple[Server, str]]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def answer(self, status: int, body: Any) -> None:
            send_json(self, body, status)

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path == "/oauth/token":
                with state.lock:
                    state.exchanges.append(body)
                    n = len(state.exchanges)
                if state.refuse_exchange:
                    return self.answer(400, {"error": "invalid_grant", "error_description": "subject token expired"})
                return self.answer(200, {"access_token": f"at-{n}", "expires_in": state.expires_in,
                                         "token_type": "Bearer"})
            self.api(COMPLETION)

        def do_GET(self) -> None:  # noqa: N802
            self.api(MODEL)

        def api(self, body: Any) -> None:
            with state.lock:
                state.api_auth.append(self.headers.get("Authorization", ""))
                refuse = state.unauthorized > 0
                state.unauthorized -= 1 if refuse else 0
            if refuse:
                return self.answer(401, {"error": {"message": "token expired", "type": "invalid_request_error"}})
            self.answer(200, body)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        root = f"http://127.0.0.1:{httpd.server_address[1]}"
        monkeypatch.setattr(workload(), "DEFAULT_TOKEN_EXCHANGE_URL", f"{root}/oauth/token")
        yield state, f"{root}/v1"


def identity(token: str = "subject-jwt", **extra: Any) -> Dict[str, Any]:
    return {"identity_provider_id": "idp-123", "service_account_id": "sa-456",
            "provider": {"token_type": "jwt", "get_token": lambda: token}, **extra}


def test_the_subject_token_is_exchanged_once_and_the_access_token_sent(openai: Any, server: Any) -> None:
    state, base = server
    client = openai.OpenAI(workload_identity=identity(), base_url=base, max_retries=0)
    for _ in range(3):
        client.models.retrieve("gpt-4o")
    assert state.exchanges == [{
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token": "subject-jwt",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "identity_provider_id": "idp-123",
        "service_account_id": "sa-456",
    }]
    assert state.api_auth == ["Bearer at-1"] * 3


def test_the_token_is_refreshed_before_it_expires(openai: Any, server: Any, monkeypatch: Any) -> None:
    state, base = server
    clock = [1000.0]
    monkeypatch.setattr(workload().time, "monotonic", lambda: clock[0])
    state.expires_in = 100  # refresh at most half the lifetime early: after 50 s here
    client = openai.OpenAI(workload_identity=identity(refresh_buffer_seconds=30), base_url=base, max_retries=0)
    client.models.retrieve("gpt-4o")
    clock[0] += 69  # before the 70 s mark (100 - 30): the cached token
    client.models.retrieve("gpt-4o")
    clock[0] += 2
    client.models.retrieve("gpt-4o")
    assert state.api_auth == ["Bearer at-1", "Bearer at-1", "Bearer at-2"]


def test_a_401_drops_the_token_and_retries_once(openai: Any, server: Any) -> None:
    state, base = server
    client = openai.OpenAI(workload_identity=identity(), base_url=base, max_retries=0)
    state.unauthorized = 1
    assert client.models.retrieve("gpt-4o").id == "gpt-4o"
    assert state.api_auth == ["Bearer at-1", "Bearer at-2"]
    state.api_auth.clear()
    state.unauthorized = 2
    with pytest.raises(openai.AuthenticationError, match="token expired"):
        client.models.retrieve("gpt-4o")
    assert state.api_auth == ["Bearer at-2", "Bearer at-3"]  # one renewal, then the 401 is the answer


def test_a_key_client_does_not_retry_a_401(openai: Any, server: Any) -> None:
    state, base = server
    state.unauthorized = 1
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(api_key="sk-plain", base_url=base, max_retries=0).models.retrieve("gpt-4o")
    assert state.api_auth == ["Bearer sk-plain"] and state.exchanges == []


def test_a_refused_exchange_is_an_oauth_error(openai: Any, server: Any) -> None:
    state, base = server
    state.refuse_exchange = True
    client = openai.OpenAI(workload_identity=identity(), base_url=base, max_retries=0)
    with pytest.raises(openai.OAuthError, match="subject token expired") as info:
        client.models.retrieve("gpt-4o")
    assert info.value.error == "invalid_grant" and isinstance(info.value, openai.AuthenticationError)
    assert state.api_auth == []


def test_key_and_identity_are_exclusive(openai: Any) -> None:
    with pytest.raises(openai.OpenAIError, match="Give `api_key` or `workload_identity`, not both"):
        openai.OpenAI(api_key="sk-x", workload_identity=identity())


def test_the_async_client_exchanges_off_the_event_loop(openai: Any, server: Any) -> None:
    state, base = server

    async def go() -> List[str]:
        async with openai.AsyncOpenAI(workload_identity=identity("async-jwt"), base_url=base, max_retries=0) as c:
            state.unauthorized = 1
            return [(await c.models.retrieve("gpt-4o")).id, (await c.models.retrieve("gpt-4o")).id]

    assert asyncio.run(go()) == ["gpt-4o", "gpt-4o"]
    assert [e["subject_token"] for e in state.exchanges] == ["async-jwt", "async-jwt"]
    assert state.api_auth == ["Bearer at-1", "Bearer at-2", "Bearer at-2"]


def test_a_copy_keeps_the_identity(openai: Any, server: Any) -> None:
    state, base = server
    client = openai.OpenAI(workload_identity=identity(), base_url=base, max_retries=0)
    client.with_options(timeout=5).models.retrieve("gpt-4o")
    assert state.api_auth == ["Bearer at-1"]


README_K8S = '''\
from openai import OpenAI
from openai.auth import k8s_service_account_token_provider

client = OpenAI(
    workload_identity={
        "identity_provider_id": "idp-123",
        "service_account_id": "sa-456",
        "provider": k8s_service_account_token_provider(
            "/var/run/secrets/kubernetes.io/serviceaccount/token"
        ),
    },
)

response = client.chat.completions.create(
    model="gpt-5.5",
    messages=[{"role": "user", "content": "Hello!"}],
)
'''
README_CONSTRUCT_ONLY = [
    '''\
from openai import OpenAI
from openai.auth import azure_managed_identity_token_provider

client = OpenAI(
    workload_identity={
        "identity_provider_id": "idp-123",
        "service_account_id": "sa-456",
        "provider": azure_managed_identity_token_provider(
            resource="https://management.azure.com/",
        ),
    },
)
''',
    '''\
from openai import OpenAI
from openai.auth import gcp_id_token_provider

client = OpenAI(
    workload_identity={
        "identity_provider_id": "idp-123",
        "service_account_id": "sa-456",
        "provider": gcp_id_token_provider(audience="https://api.openai.com/v1"),
    },
)
''',
    '''\
from openai import OpenAI


def get_custom_token() -> str:
    return "your-jwt-token"


client = OpenAI(
    workload_identity={
        "identity_provider_id": "idp-123",
        "service_account_id": "sa-456",
        "provider": {
            "token_type": "jwt",
            "get_token": get_custom_token,
        },
    }
)
''',
    '''\
from openai import OpenAI
from openai.auth import k8s_service_account_token_provider

client = OpenAI(
    workload_identity={
        "identity_provider_id": "idp-123",
        "service_account_id": "sa-456",
        "provider": k8s_service_account_token_provider("/var/token"),
        "refresh_buffer_seconds": 120.0,
    }
)
''',
]


def test_official_readme_workload_identity_examples(openai: Any, server: Any, tmp_path: Path, monkeypatch: Any) -> None:
    state, base = server
    monkeypatch.setenv("OPENAI_BASE_URL", base)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    token_file = tmp_path / "token"
    token_file.write_text("k8s-jwt\n")
    # the mounted token path is the one placeholder: the test machine is no Kubernetes pod
    namespace: Dict[str, Any] = {}
    exec(README_K8S.replace("/var/run/secrets/kubernetes.io/serviceaccount/token", str(token_file)), namespace)
    assert namespace["response"].choices[0].message.content == "Hi"
    assert state.exchanges[0]["subject_token"] == "k8s-jwt" and state.api_auth == ["Bearer at-1"]
    for code in README_CONSTRUCT_ONLY:  # they build a client: no token is asked for until a request
        built: Dict[str, Any] = {}
        exec(code, built)
        assert built["client"].workload_identity["identity_provider_id"] == "idp-123"
    assert len(state.exchanges) == 1
    custom: Dict[str, Any] = {}
    exec(README_CONSTRUCT_ONLY[2], custom)
    custom["client"].models.retrieve("gpt-4o")
    assert state.exchanges[-1]["subject_token"] == "your-jwt-token"


def test_the_readme_examples_are_the_published_text() -> None:
    from tests.conftest import official_readme

    text = official_readme()
    for code in (README_K8S, *README_CONSTRUCT_ONLY):
        assert code in text
