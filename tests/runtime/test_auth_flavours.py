"""`auth: basic` and `auth: none` clients (stand-in packages rendered with those configs)."""

from __future__ import annotations

import base64
from types import ModuleType
from typing import Any, Dict, List

import httpx
import pytest

from .helpers import BASE_URL, Recorder


def _basic(user_pass: str) -> str:
    return "Basic " + base64.b64encode(user_pass.encode()).decode()


def _sync(cls: Any, rec: Recorder, **kwargs: Any) -> Any:
    return cls(base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(rec)), **kwargs)


def _async(cls: Any, rec: Recorder, **kwargs: Any) -> Any:
    return cls(base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(rec)), **kwargs)


def _auth_like(request: httpx.Request) -> List[str]:
    return [k for k in request.headers if k.lower() in ("authorization", "api-key", "x-api-key")]


@pytest.fixture()
def basic(auth_flavours: Dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.delenv("RTBASIC_CREDENTIALS", raising=False)
    return auth_flavours["rtbasic"]


@pytest.fixture()
def open_pkg(auth_flavours: Dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    for name in ("RTNONE_BASE_URL", "RTNONE_API_KEY", "API_KEY"):
        monkeypatch.delenv(name, raising=False)
    return auth_flavours["rtnone"]


def test_basic_sends_user_and_password(basic: ModuleType) -> None:
    rec = Recorder()
    client = _sync(basic.Basic, rec, api_key="alice:s3cret:with-colon")
    client.get("/things", cast_to=object)
    assert rec.last.headers["authorization"] == _basic("alice:s3cret:with-colon")
    # a key alone is the user name with an empty password
    client.with_options(api_key="only-a-key").get("/things", cast_to=object)
    assert rec.last.headers["authorization"] == _basic("only-a-key:")
    assert rec.last.url.params.get("api_key") is None


def test_basic_reads_env_and_requires_credentials(basic: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(basic.BasicError, match="RTBASIC_CREDENTIALS"):
        basic.Basic(base_url=BASE_URL)
    monkeypatch.setenv("RTBASIC_CREDENTIALS", "bob:hunter2")
    rec = Recorder()
    _sync(basic.Basic, rec).post("/things", cast_to=object, body={"a": 1})
    assert rec.last.headers["authorization"] == _basic("bob:hunter2")


@pytest.mark.asyncio
async def test_basic_async(basic: ModuleType) -> None:
    rec = Recorder()
    client = _async(basic.AsyncBasic, rec, api_key="carol:pw")
    await client.get("/things", cast_to=object)
    assert rec.last.headers["authorization"] == _basic("carol:pw")
    with pytest.raises(basic.BasicError):
        basic.AsyncBasic(base_url=BASE_URL)


def test_basic_credentials_are_not_logged(basic: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder()
    client = _sync(basic.Basic, rec, api_key="dave:topsecret")
    with caplog.at_level("DEBUG", logger="rtbasic"):
        client.get("/things", cast_to=object)
    token = _basic("dave:topsecret").split()[1]
    assert caplog.records, "debug logging of the request expected"
    assert token not in caplog.text and "topsecret" not in caplog.text


def test_none_needs_no_key_and_sends_no_auth(open_pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTNONE_BASE_URL", BASE_URL)
    rec = Recorder()
    client = open_pkg.Open(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    client.get("/things", cast_to=object, options={"params": {"q": "x"}})
    assert _auth_like(rec.last) == []
    assert dict(rec.last.url.params) == {"q": "x"}
    assert client.auth_headers == {}
    with pytest.raises(TypeError):
        open_pkg.Open(api_key="unexpected")  # no key option at all
    # explicit headers still go through untouched
    client.with_options(default_headers={"Authorization": "Token abc"}).get("/things", cast_to=object)
    assert rec.last.headers["authorization"] == "Token abc"


@pytest.mark.asyncio
async def test_none_async(open_pkg: ModuleType) -> None:
    rec = Recorder()
    client = _async(open_pkg.AsyncOpen, rec)
    await client.post("/things", cast_to=object, body={"a": 1})
    assert _auth_like(rec.last) == []
    assert rec.last_json() == {"a": 1}


def test_none_module_client(open_pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    rec = Recorder()
    monkeypatch.setattr(open_pkg, "base_url", BASE_URL)
    monkeypatch.setattr(open_pkg, "http_client", httpx.Client(transport=httpx.MockTransport(rec)))
    client = open_pkg._load_client()
    client.get("/things", cast_to=object)
    assert rec.last.url == httpx.URL(f"{BASE_URL}/things")
    assert _auth_like(rec.last) == []
