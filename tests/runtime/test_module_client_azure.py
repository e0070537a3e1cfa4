"""Module-level client (`pkg.api_key = ...; pkg.widgets.retrieve(...)`) and the Azure clients."""

from __future__ import annotations

import httpx
import pytest

from .helpers import Recorder, json_response

W = {"id": "w1", "object": "widget", "name": "n"}


@pytest.fixture()
def mod(widgets_target, monkeypatch):
    pkg = widgets_target.pkg
    for name, value in {
        "api_key": None,
        "organization": None,
        "project": None,
        "base_url": None,
        "timeout": pkg.DEFAULT_TIMEOUT,
        "max_retries": pkg.DEFAULT_MAX_RETRIES,
        "default_headers": None,
        "default_query": None,
        "http_client": None,
        "api_type": None,
        "api_version": None,
        "azure_endpoint": None,
        "azure_ad_token": None,
        "azure_ad_token_provider": None,
    }.items():
        monkeypatch.setattr(pkg, name, value)
    pkg._reset_client()
    yield pkg
    pkg._reset_client()


def test_module_client(mod, no_sleep) -> None:
    rec = Recorder(json_response(W))
    mod.http_client = httpx.Client(transport=httpx.MockTransport(rec))
    mod.base_url = "http://mod.test/api"
    with pytest.raises(mod.AcmeError, match="ACME_API_KEY"):
        mod.widgets.retrieve("w1")
    mod.api_key = "k1"
    widgets = mod.widgets
    assert widgets.retrieve("w1").id == "w1"
    assert rec.last.headers["Authorization"] == "Bearer k1"
    assert str(rec.last.url) == "http://mod.test/api/widgets/w1"
    client = mod._load_client()
    assert client.base_url is client.base_url  # parsed once while `base_url` is unchanged
    mod.api_key = "k2"
    mod.organization = "org"
    mod.default_headers = {"X-H": "1"}
    mod.base_url = "http://other.test/"
    mod.timeout = 9
    widgets.retrieve("w1")  # an earlier fetched resource sees the new settings
    assert rec.last.headers["Authorization"] == "Bearer k2"
    assert rec.last.headers["Acme-Organization"] == "org" and rec.last.headers["X-H"] == "1"
    assert str(rec.last.url).startswith("http://other.test/")
    assert rec.last.extensions["timeout"]["read"] == 9
    rec2 = Recorder(json_response(dict(W, id="w2")))
    mod.http_client = httpx.Client(transport=httpx.MockTransport(rec2))
    assert mod.widgets.retrieve("x").id == "w2"
    copy = mod._load_client().with_options(api_key="k3")
    assert type(copy) is mod.Acme and copy.api_key == "k3"


def test_module_attributes_are_lazy(widgets_target) -> None:
    import subprocess
    import sys

    code = (
        f"import sys, {widgets_target.pkg.__name__} as p\n"
        f"assert '{widgets_target.pkg.__name__}.resources.widgets' not in sys.modules\n"
        f"assert '{widgets_target.pkg.__name__}.types' not in sys.modules\n"
        "assert p.types.Widget and p.resources.Widgets and p.pagination.SyncPage\n"
    )
    env_path = ":".join(sys.path)
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": env_path})


def _azure(pkg, rec, async_=False, **kwargs):
    cls = pkg.AsyncAzureAcme if async_ else pkg.AzureAcme
    http = httpx.AsyncClient if async_ else httpx.Client
    kwargs.setdefault("api_version", "2024-10-01")
    kwargs.setdefault("azure_endpoint", "https://res.azure.test/")
    return cls(http_client=http(transport=httpx.MockTransport(rec)), **kwargs)


def test_azure_api_key_and_deployment_routing(widgets_target) -> None:
    pkg = widgets_target.pkg
    rec = Recorder(json_response(W))
    client = _azure(pkg, rec, api_key="az-key")
    client.post("/chat/completions", cast_to=object, body={"model": "gpt-dep", "x": 1})
    req = rec.last
    assert str(req.url) == "https://res.azure.test/openai/deployments/gpt-dep/chat/completions?api-version=2024-10-01"
    assert req.headers["api-key"] == "az-key" and "Authorization" not in req.headers
    client.get("/models", cast_to=object)
    assert str(rec.last.url) == "https://res.azure.test/openai/models?api-version=2024-10-01"
    dep = _azure(pkg, rec, api_key="k", azure_deployment="fixed")
    dep.post("/chat/completions", cast_to=object, body={"model": "ignored"})
    assert str(rec.last.url).startswith("https://res.azure.test/openai/deployments/fixed/chat/completions")
    copy = dep.with_options(timeout=3)
    copy.post("/chat/completions", cast_to=object, body={"model": "ignored"})
    assert str(rec.last.url).startswith("https://res.azure.test/openai/deployments/fixed/chat/completions?")


def test_azure_ad_token_and_provider(widgets_target, monkeypatch) -> None:
    pkg = widgets_target.pkg
    rec = Recorder(json_response(W))
    _azure(pkg, rec, azure_ad_token="tok").get("/models", cast_to=object)
    assert rec.last.headers["Authorization"] == "Bearer tok"
    calls = []

    def provider() -> str:
        calls.append(1)
        return f"prov-{len(calls)}"

    client = _azure(pkg, rec, azure_ad_token_provider=provider)
    client.get("/models", cast_to=object)
    client.get("/models", cast_to=object)
    assert rec.last.headers["Authorization"] == "Bearer prov-2"
    monkeypatch.setenv("AZURE_ACME_API_KEY", "env-az")
    monkeypatch.setenv("ACME_API_VERSION", "v-env")
    monkeypatch.setenv("AZURE_ACME_ENDPOINT", "https://envres.test")
    client = pkg.AzureAcme(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    client.get("/models", cast_to=object)
    assert str(rec.last.url) == "https://envres.test/openai/models?api-version=v-env"
    assert rec.last.headers["api-key"] == "env-az"


def test_azure_missing_settings(widgets_target) -> None:
    pkg = widgets_target.pkg
    with pytest.raises(pkg.AcmeError, match="AZURE_ACME_API_KEY"):
        pkg.AzureAcme(api_version="v", azure_endpoint="https://x")
    with pytest.raises(ValueError, match="ACME_API_VERSION"):
        pkg.AzureAcme(api_key="k", azure_endpoint="https://x")
    with pytest.raises(ValueError, match="AZURE_ACME_ENDPOINT"):
        pkg.AzureAcme(api_key="k", api_version="v")


@pytest.mark.asyncio
async def test_async_azure_async_token_provider(widgets_target) -> None:
    pkg = widgets_target.pkg
    rec = Recorder(json_response(W))

    async def provider() -> str:
        return "async-tok"

    client = _azure(pkg, rec, async_=True, azure_ad_token_provider=provider)
    await client.post("/embeddings", cast_to=object, body={"model": "emb"})
    assert rec.last.headers["Authorization"] == "Bearer async-tok"
    assert rec.last.url.path == "/openai/deployments/emb/embeddings"


def test_module_client_azure(mod) -> None:
    rec = Recorder(json_response(W))
    mod.http_client = httpx.Client(transport=httpx.MockTransport(rec))
    mod.api_type = "azure"
    mod.api_key = "azk"
    mod.api_version = "2024"
    mod.azure_endpoint = "https://modaz.test"
    mod.widgets.create(name="dep-model")
    assert str(rec.last.url).startswith("https://modaz.test/openai/widgets?api-version=2024")
    assert rec.last.headers["api-key"] == "azk"
    assert type(mod._load_client()).__name__ == "AzureAcme"
