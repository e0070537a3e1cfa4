"""`openai.BedrockOpenAI` / `AsyncBedrockOpenAI` (spec/openai/lib/bedrock.py): the endpoint from
the argument, AWS_BEDROCK_BASE_URL or the region; the Bedrock token from the argument,
AWS_BEARER_TOKEN_BEDROCK or a function asked before each request, sent on every call (admin ones
too); copies. Requests go to a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
from http.server import BaseHTTPRequestHandler
from typing import Any, Iterator, List

import pytest

from tests.conftest import send_json, serve

pytestmark = pytest.mark.xdist_group("openai-bedrock")

MODEL = {"id": "gpt-oss", "object": "model", "created": 1, "owned_by": "bedrock"}
PAGE = {"object": "list", "data": [], "has_more": False, "first_id": None, "last_id": None}


@pytest.fixture()
def server(monkeypatch: Any) -> Iterator[tuple[List[tuple[str, str]], str]]:
    for name in ("AWS_BEARER_TOKEN_BEDROCK", "AWS_BEDROCK_BASE_URL", "AWS_REGION", "AWS_DEFAULT_REGION",
                 "OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    seen: List[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append((self.path, self.headers.get("Authorization", "")))
            send_json(self, PAGE if "/organization/" in self.path else MODEL)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield seen, f"http://127.0.0.1:{httpd.server_address[1]}/openai/v1"


def test_token_and_endpoint_from_the_environment(openai: Any, server: Any, monkeypatch: Any) -> None:
    seen, base = server
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "bedrock-token")
    monkeypatch.setenv("AWS_BEDROCK_BASE_URL", base + "/responses")  # a Responses URL is cut to the API root
    client = openai.BedrockOpenAI(max_retries=0)
    assert isinstance(client, openai.OpenAI)
    client.models.retrieve("gpt-oss")
    client.admin.organization.projects.list()  # the admin endpoints take the same token
    assert seen == [("/openai/v1/models/gpt-oss", "Bearer bedrock-token"),
                    ("/openai/v1/organization/projects", "Bearer bedrock-token")]


def test_the_region_gives_the_endpoint(openai: Any, server: Any, monkeypatch: Any) -> None:
    client = openai.BedrockOpenAI(api_key="t", aws_region="eu-west-3")
    assert str(client.base_url) == "https://bedrock-mantle.eu-west-3.api.aws/openai/v1/"
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    assert str(openai.BedrockOpenAI(api_key="t").base_url) == "https://bedrock-mantle.us-east-1.api.aws/openai/v1/"
    moved = openai.BedrockOpenAI(api_key="t").with_options(aws_region="ap-south-1")
    assert str(moved.base_url) == "https://bedrock-mantle.ap-south-1.api.aws/openai/v1/"
    fixed = openai.BedrockOpenAI(api_key="t", base_url="https://proxy.example/openai/v1").with_options(aws_region="x")
    assert str(fixed.base_url) == "https://proxy.example/openai/v1/"  # an explicit URL stays


def test_a_token_function_is_asked_before_each_request(openai: Any, server: Any) -> None:
    seen, base = server
    tokens = iter(["t1", "t2", "t3"])
    client = openai.BedrockOpenAI(bedrock_token_provider=lambda: next(tokens), base_url=base, max_retries=0)
    client.models.retrieve("gpt-oss")
    client.with_options(timeout=3).models.retrieve("gpt-oss")  # the copy keeps the function
    assert [auth for _, auth in seen] == ["Bearer t1", "Bearer t2"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_async_client_takes_sync_and_async_token_functions(openai: Any, server: Any, kind: str) -> None:
    seen, base = server

    async def async_token() -> str:
        return "async-token"

    async def go() -> None:
        provider = (lambda: "sync-token") if kind == "sync" else async_token
        async with openai.AsyncBedrockOpenAI(bedrock_token_provider=provider, base_url=base, max_retries=0) as c:
            await c.models.retrieve("gpt-oss")

    asyncio.run(go())
    assert seen == [("/openai/v1/models/gpt-oss", f"Bearer {kind}-token")]


@pytest.mark.parametrize("kwargs,message", [
    ({}, "Missing credentials: pass `api_key` or `bedrock_token_provider`, or set AWS_BEARER_TOKEN_BEDROCK"),
    ({"api_key": "t", "bedrock_token_provider": lambda: "u"}, "not both"),
    ({"api_key": lambda: "t"}, "as `bedrock_token_provider`, not `api_key`"),
    ({"api_key": "t"}, "No Bedrock endpoint: pass `base_url` or `aws_region`"),
])
def test_mistakes_are_clear_errors(openai: Any, server: Any, kwargs: Any, message: str) -> None:
    with pytest.raises(openai.OpenAIError, match=message):
        openai.BedrockOpenAI(**kwargs)


def test_other_credentials_are_refused_in_copies(openai: Any, server: Any) -> None:
    seen, base = server
    client = openai.BedrockOpenAI(api_key="t", base_url=base)
    with pytest.raises(openai.OpenAIError, match="Bedrock bearer token only"):
        client.with_options(admin_api_key="sk-admin")
    assert client.with_options(api_key="t2").api_key == "t2"
    from openai.lib.bedrock import AsyncBedrockTokenProvider, BedrockTokenProvider  # the official's names

    assert BedrockTokenProvider is not None and AsyncBedrockTokenProvider is not None
