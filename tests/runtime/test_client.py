"""Client construction, headers, auth, errors, retries, timeouts, with_options (sync and async)."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from .helpers import API_KEY, BASE_URL, Recorder, async_client, sync_client, local_server, json_response

OK = {"id": "w1", "object": "widget", "name": "n"}


# -- construction ----------------------------------------------------------------------------


def test_api_key_from_env(target, monkeypatch) -> None:
    monkeypatch.setenv(target.api_key_env, "env-key")
    rec = Recorder(json_response(OK))
    client = target.Client(base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    assert client.api_key == "env-key"
    client.get("/x", cast_to=object)
    assert rec.last.headers["Authorization"] == "Bearer env-key"


def test_missing_api_key_names_env_var(target) -> None:
    with pytest.raises(getattr(target.pkg, target.error_base), match=target.api_key_env):
        target.Client(base_url=BASE_URL)
    with pytest.raises(getattr(target.pkg, target.error_base), match=target.api_key_env):
        target.AsyncClient(base_url=BASE_URL)


def test_base_url_from_env_and_default(target, monkeypatch) -> None:
    client = target.Client(api_key="k")
    assert str(client.base_url).startswith("https://")
    assert str(client.base_url).endswith("/")
    monkeypatch.setenv(f"{target.env_prefix}_BASE_URL", "http://env.test/api")
    client = target.Client(api_key="k")
    assert str(client.base_url) == "http://env.test/api/"


def test_client_options_from_args_and_env(widgets_target, monkeypatch) -> None:
    monkeypatch.setenv("ACME_PROJECT_ID", "proj-env")
    rec = Recorder(json_response(OK))
    client = sync_client(widgets_target, rec, organization="org-1")
    assert client.organization == "org-1" and client.project == "proj-env"
    client.get("/x", cast_to=object)
    assert rec.last.headers["Acme-Organization"] == "org-1"
    assert rec.last.headers["Acme-Project"] == "proj-env"
    rec2 = Recorder(json_response(OK))
    sync_client(widgets_target, rec2).get("/x", cast_to=object)
    assert "Acme-Organization" not in rec2.last.headers


def test_query_auth_scheme(qux) -> None:
    rec = Recorder(json_response({}))
    client = qux.Qux(api_key="secret", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    client.get("/things", cast_to=object, options={"params": {"a": 1}})
    assert rec.last.url.params["key"] == "secret"
    assert rec.last.url.params["a"] == "1"
    assert "Authorization" not in rec.last.headers
    assert rec.last.headers["X-Qux-Lang"] == "python"


def test_query_auth_env(qux, monkeypatch) -> None:
    monkeypatch.setenv("QUX_KEY", "from-env")
    assert qux.Qux(base_url=BASE_URL).api_key == "from-env"
    with pytest.raises(qux.QuxError, match="QUX_KEY"):
        monkeypatch.delenv("QUX_KEY")
        qux.Qux(base_url=BASE_URL)


# -- headers ------------------------------------------------------------------------------------


def test_default_headers(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec, default_headers={"X-Custom": "1"})
    client.get("/x", cast_to=object)
    h = rec.last.headers
    p = target.header_prefix
    assert h["Authorization"] == f"Bearer {API_KEY}"
    assert h["User-Agent"] == f"{target.client_name}/Python {target.pkg.__version__}"
    assert h[f"{p}-Lang"] == "python"
    assert h[f"{p}-Package-Version"] == target.pkg.__version__
    for name in ("OS", "Arch", "Runtime", "Runtime-Version"):
        assert h[f"{p}-{name}"]
    assert h[f"{p}-Retry-Count"] == "0"
    assert h[f"{p}-Timeout"] == "600"
    assert h["X-Custom"] == "1"
    assert h["Accept"] == "application/json"


def test_extra_headers_override_and_omit(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec, default_headers={"X-Custom": "1", "X-Other": "o"})
    client.get("/x", cast_to=object, options={"headers": {"x-custom": "2", "X-Other": target.pkg.omit}})
    assert rec.last.headers["X-Custom"] == "2"
    assert "X-Other" not in rec.last.headers


def test_idempotency_key_for_non_get(target, no_sleep) -> None:
    rec = Recorder(httpx.Response(500, json={}), json_response(OK))
    client = sync_client(target, rec)
    client.post("/x", cast_to=object, body={})
    keys = [r.headers.get("Idempotency-Key") for r in rec.requests]
    assert keys[0] and keys[0] == keys[1]
    assert keys[0].startswith(f"{target.pkg.__name__}-python-retry-")
    client.get("/x", cast_to=object)
    assert "Idempotency-Key" not in rec.last.headers


def test_user_idempotency_key(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec)
    client.post("/x", cast_to=object, body={}, options={"idempotency_key": "mine"})
    assert rec.last.headers["Idempotency-Key"] == "mine"


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status,name",
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
def test_status_errors(target, status: int, name: str) -> None:
    body = {"error": {"message": "it broke", "type": "bad", "code": "c1", "param": "p"}}
    rec = Recorder(json_response(body, status, headers={"x-request-id": "req_1"}))
    client = sync_client(target, rec, max_retries=0)
    with pytest.raises(getattr(target.pkg, name)) as info:
        client.get("/x", cast_to=object)
    err = info.value
    assert type(err).__name__ == name
    assert isinstance(err, target.pkg.APIStatusError)
    assert isinstance(err, getattr(target.pkg, target.error_base))
    assert err.status_code == status
    # as the official library: the status and the whole body in the message, the inner
    # `error` object as `.body`
    assert err.message == str(err) == f"Error code: {status} - {body}"
    assert err.body == body["error"]
    assert err.request_id == "req_1"
    assert err.code == "c1" and err.type == "bad" and err.param == "p"
    assert err.response.status_code == status


def test_error_message_fallbacks(target) -> None:
    rec = Recorder(json_response({"message": "top level"}, 400))
    with pytest.raises(target.pkg.BadRequestError, match="top level"):
        sync_client(target, rec).get("/x", cast_to=object)
    rec = Recorder(httpx.Response(400, text="plain text"))
    with pytest.raises(target.pkg.BadRequestError) as info:
        sync_client(target, rec).get("/x", cast_to=object)
    assert info.value.body == "plain text" and info.value.message == "plain text"
    rec = Recorder(httpx.Response(400, text=""))
    with pytest.raises(target.pkg.BadRequestError) as info:
        sync_client(target, rec).get("/x", cast_to=object)
    assert info.value.body == "" and info.value.message == "Error code: 400"
    rec = Recorder(json_response({"error": "a string, not an object"}, 400))
    with pytest.raises(target.pkg.BadRequestError) as info:
        sync_client(target, rec).get("/x", cast_to=object)
    assert info.value.body == {"error": "a string, not an object"}


async def _aget(client, path="/x", **kw):
    return await client.get(path, cast_to=object, **kw)


@pytest.mark.asyncio
async def test_async_status_error(target) -> None:
    rec = Recorder(json_response({"error": {"message": "nope"}}, 404))
    client = async_client(target, rec)
    with pytest.raises(target.pkg.NotFoundError, match="nope"):
        await _aget(client)
    assert len(rec.requests) == 1


# -- retries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502])
def test_retries_on_retryable_status(target, no_sleep, status: int) -> None:
    rec = Recorder(httpx.Response(status, json={}), httpx.Response(status, json={}), json_response(OK))
    client = sync_client(target, rec)
    assert client.get("/x", cast_to=object) == OK
    assert [r.headers[f"{target.header_prefix}-Retry-Count"] for r in rec.requests] == ["0", "1", "2"]
    assert len(no_sleep) == 2


def test_retries_exhausted(target, no_sleep) -> None:
    rec = Recorder(httpx.Response(500, json={"error": {"message": "down"}}))
    client = sync_client(target, rec, max_retries=3)
    with pytest.raises(target.pkg.InternalServerError):
        client.get("/x", cast_to=object)
    assert len(rec.requests) == 4


def test_no_retry_on_400(target, no_sleep) -> None:
    rec = Recorder(httpx.Response(400, json={}))
    with pytest.raises(target.pkg.BadRequestError):
        sync_client(target, rec).get("/x", cast_to=object)
    assert len(rec.requests) == 1 and no_sleep == []


def test_x_should_retry_header(target, no_sleep) -> None:
    rec = Recorder(httpx.Response(400, json={}, headers={"x-should-retry": "true"}), json_response(OK))
    assert sync_client(target, rec).get("/x", cast_to=object) == OK
    assert len(rec.requests) == 2
    rec = Recorder(httpx.Response(503, json={}, headers={"x-should-retry": "false"}))
    with pytest.raises(target.pkg.InternalServerError):
        sync_client(target, rec).get("/x", cast_to=object)
    assert len(rec.requests) == 1


def test_max_retries_per_call_and_with_options(target, no_sleep) -> None:
    rec = Recorder(httpx.Response(500, json={}))
    client = sync_client(target, rec)
    with pytest.raises(target.pkg.InternalServerError):
        client.get("/x", cast_to=object, options={"max_retries": 0})
    assert len(rec.requests) == 1
    with pytest.raises(target.pkg.InternalServerError):
        client.with_options(max_retries=1).get("/x", cast_to=object)
    assert len(rec.requests) == 3
    assert client.max_retries == 2


@pytest.mark.parametrize(
    "headers,expected",
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "2.5", "retry-after-ms": "100"}, 0.1),
    ],
)
def test_retry_after_headers(target, no_sleep, headers, expected) -> None:
    rec = Recorder(httpx.Response(429, json={}, headers=headers), json_response(OK))
    sync_client(target, rec).get("/x", cast_to=object)
    assert no_sleep == [pytest.approx(expected)]


def test_retry_after_http_date(target, no_sleep) -> None:
    import email.utils
    import time as _time

    when = email.utils.formatdate(_time.time() + 10, usegmt=True)
    rec = Recorder(httpx.Response(429, json={}, headers={"retry-after": when}), json_response(OK))
    sync_client(target, rec).get("/x", cast_to=object)
    assert 8 <= no_sleep[0] <= 10.5


@pytest.mark.parametrize("value", ["120", "0", "-3", "garbage"])
def test_retry_after_out_of_range_uses_backoff(target, no_sleep, value) -> None:
    rec = Recorder(httpx.Response(429, json={}, headers={"retry-after": value}), json_response(OK))
    sync_client(target, rec).get("/x", cast_to=object)
    assert 0.375 <= no_sleep[0] <= 0.5


def test_backoff_grows_and_is_capped(target) -> None:
    client = target.Client(api_key="k", base_url=BASE_URL)
    opts = target.sub("_models").FinalRequestOptions(method="get", url="/x")
    delays = [client._calculate_retry_timeout(n, opts, httpx.Headers()) for n in range(8)]
    assert 0.375 <= delays[0] <= 0.5
    assert 0.75 <= delays[1] <= 1.0
    assert all(d <= 8.0 for d in delays)
    assert delays[7] >= 6.0


def test_connection_error_retried_then_raised(target, no_sleep) -> None:
    rec = Recorder(httpx.ConnectError("boom"))
    with pytest.raises(target.pkg.APIConnectionError) as info:
        sync_client(target, rec).get("/x", cast_to=object)
    assert not isinstance(info.value, target.pkg.APITimeoutError)
    assert len(rec.requests) == 3


def test_timeout_error_retried_then_raised(target, no_sleep) -> None:
    rec = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(target.pkg.APITimeoutError):
        sync_client(target, rec).get("/x", cast_to=object)
    assert len(rec.requests) == 3


def test_connection_error_then_success(target, no_sleep) -> None:
    rec = Recorder(httpx.ConnectError("boom"), json_response(OK))
    assert sync_client(target, rec).get("/x", cast_to=object) == OK


@pytest.mark.asyncio
async def test_async_retries(target, no_sleep) -> None:
    rec = Recorder(httpx.Response(429, json={}), httpx.ReadTimeout("t"), json_response(OK))
    client = async_client(target, rec)
    assert await client.get("/x", cast_to=object) == OK
    assert [r.headers[f"{target.header_prefix}-Retry-Count"] for r in rec.requests] == ["0", "1", "2"]
    assert len(no_sleep) == 2


@pytest.mark.asyncio
async def test_async_timeout_error(target, no_sleep) -> None:
    rec = Recorder(httpx.ConnectTimeout("t"))
    with pytest.raises(target.pkg.APITimeoutError):
        await async_client(target, rec, max_retries=0).get("/x", cast_to=object)


# -- timeouts ---------------------------------------------------------------------------------------


def test_timeouts(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec)
    client.get("/x", cast_to=object)
    t = rec.last.extensions["timeout"]
    assert t["read"] == 600 and t["connect"] == 5.0
    client.get("/x", cast_to=object, options={"timeout": 3.5})
    assert rec.last.extensions["timeout"]["read"] == 3.5
    assert rec.last.headers[f"{target.header_prefix}-Timeout"] == "3.5"
    client.with_options(timeout=httpx.Timeout(7, connect=1)).get("/x", cast_to=object)
    assert rec.last.extensions["timeout"]["read"] == 7 and rec.last.extensions["timeout"]["connect"] == 1
    client2 = sync_client(target, rec, timeout=None)
    client2.get("/x", cast_to=object)
    assert rec.last.extensions["timeout"]["read"] is None
    assert f"{target.header_prefix}-Timeout" not in rec.last.headers


def test_custom_http_client_timeout_is_kept(target) -> None:
    rec = Recorder(json_response(OK))
    http = httpx.Client(transport=httpx.MockTransport(rec), timeout=12)
    client = target.Client(api_key="k", base_url=BASE_URL, http_client=http)
    assert client.timeout == httpx.Timeout(12)


# Real sockets (refused, resets, connect and read timeouts, cut bodies ...): test_fault_matrix.py.


def test_header_checks_before_sending(target, no_sleep) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec)
    with pytest.raises(ValueError, match="header name 'X Bad'"):
        client.get("/x", cast_to=object, options={"headers": {"X Bad": "v"}})
    with pytest.raises(ValueError, match="a line feed"):
        client.get("/x", cast_to=object, options={"headers": {"X-Bytes": b"a\nb"}})
    with pytest.raises(ValueError, match="non-ASCII"):
        client.get("/x", cast_to=object, options={"headers": {"X-Text": "caf\u00e9"}})
    assert rec.requests == [] and no_sleep == []
    # a tab, visible ASCII, and latin-1 bytes are fine
    client.get("/x", cast_to=object, options={"headers": {"X-Ok": "a\tb ~!", "X-Latin": "caf\u00e9".encode("latin-1")}})
    assert rec.last.headers["X-Ok"] == "a\tb ~!"


def test_a_request_breaking_the_protocol_is_not_retried(target, no_sleep, monkeypatch) -> None:
    """A header that slips past the checks (set by a hook after them) fails in h11: raised at once."""
    def late_header(self: Any, request: httpx.Request) -> None:
        request.headers["X-Late"] = "a\r\nb"

    monkeypatch.setattr(target.sub("_base_client").SyncAPIClient, "_prepare_request", late_header)
    with local_server(lambda ex: ex.send_json({})) as server:
        client = target.Client(api_key="k", base_url=server.url, max_retries=2)
        with pytest.raises(httpx.LocalProtocolError):
            client.get("/x", cast_to=object)
        client.close()
    assert server.exchanges == [] and no_sleep == []


# -- with_options / copy / lifecycle ---------------------------------------------------------------------


def test_with_options_shares_http_client(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec, default_headers={"A": "1"}, default_query={"q": "1"})
    copy = client.with_options(api_key="other", default_headers={"B": "2"}, default_query={"r": "2"})
    assert copy is not client and copy._client is client._client
    copy.get("/x", cast_to=object)
    assert rec.last.headers["Authorization"] == "Bearer other"
    assert rec.last.headers["A"] == "1" and rec.last.headers["B"] == "2"
    assert rec.last.url.params["q"] == "1" and rec.last.url.params["r"] == "2"
    replaced = client.copy(set_default_headers={"C": "3"}, set_default_query={})
    replaced.get("/x", cast_to=object)
    assert "A" not in rec.last.headers and rec.last.headers["C"] == "3"
    assert "q" not in rec.last.url.params
    with pytest.raises(ValueError):
        client.copy(default_headers={}, set_default_headers={})


def test_close_and_context_manager(target) -> None:
    rec = Recorder(json_response(OK))
    with sync_client(target, rec) as client:
        assert not client.is_closed()
    assert client.is_closed()


@pytest.mark.asyncio
async def test_async_close_and_context_manager(target) -> None:
    rec = Recorder(json_response(OK))
    async with async_client(target, rec) as client:
        assert not client.is_closed()
        assert await client.get("/x", cast_to=object) == OK
    assert client.is_closed()


def test_invalid_http_client_type(target) -> None:
    with pytest.raises(TypeError):
        target.Client(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        target.AsyncClient(api_key="k", http_client=httpx.Client())  # type: ignore[arg-type]


def test_default_httpx_clients(target) -> None:
    c = target.pkg.DefaultHttpxClient()
    assert c.timeout == target.pkg.DEFAULT_TIMEOUT and c.follow_redirects is True
    assert c._transport._pool._max_connections == 1000
    c.close()
    ac = target.pkg.DefaultAsyncHttpxClient()
    assert ac.timeout.read == 600
    assert target.pkg.DEFAULT_MAX_RETRIES == 2
    assert target.pkg.DEFAULT_CONNECTION_LIMITS.max_keepalive_connections == 100


def test_default_aiohttp_client_clear_error(target) -> None:
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="aiohttp"):
            target.pkg.DefaultAioHttpClient()
    else:
        assert issubclass(target.pkg.DefaultAioHttpClient, httpx.AsyncClient)


# -- bodies, queries, methods -----------------------------------------------------------------------------


def test_public_methods(target) -> None:
    rec = Recorder(handler=lambda r: json_response({"method": r.method, "body": json.loads(r.content or b"null")}))
    client = sync_client(target, rec)
    assert client.post("/p", cast_to=object, body={"a": 1}) == {"method": "POST", "body": {"a": 1}}
    assert client.put("/p", cast_to=object, body={"a": 2})["method"] == "PUT"
    assert client.patch("/p", cast_to=object, body={"a": 3})["body"] == {"a": 3}
    assert client.delete("/p", cast_to=object)["method"] == "DELETE"
    assert rec.last.headers.get("Content-Type") is None
    # a Content-Type the call gives itself is sent even without a body (VTEX requires it on GETs)
    assert client.get("/p", cast_to=object, options={"headers": {"Content-Type": "application/json"}})["method"] == "GET"
    assert rec.last.headers.get("Content-Type") == "application/json"
    # header params typed as numbers or flags go out as their text
    client.get("/p", cast_to=object, options={"headers": {"X-Count": 3, "X-Ratio": 0.5, "X-Dry-Run": True}})  # type: ignore[dict-item]
    assert (rec.last.headers["X-Count"], rec.last.headers["X-Ratio"], rec.last.headers["X-Dry-Run"]) == ("3", "0.5", "true")


def test_extra_body_and_query(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec)
    mro = target.sub("_base_client").make_request_options
    opts = mro(query={"a": [1, 2], "flag": True}, extra_query={"b": "x"}, extra_body={"extra": 1})
    client.post("/p", cast_to=object, body={"a": 1}, options=opts)
    assert rec.last_json() == {"a": 1, "extra": 1}
    assert rec.last.url.query == b"a=1&a=2&flag=true&b=x"


def test_cast_to_variants(target) -> None:
    rec = Recorder(json_response(OK, headers={"x-request-id": "r1"}))
    client = sync_client(target, rec)
    raw = client.get("/x", cast_to=httpx.Response)
    assert isinstance(raw, httpx.Response) and raw.json() == OK
    assert client.get("/x", cast_to=str) == json.dumps(OK, separators=(",", ":"))
    assert client.get("/x", cast_to=type(None)) is None
    assert client.get("/x", cast_to=dict) == OK

    class M(target.pkg.BaseModel):
        id: str

    m = client.get("/x", cast_to=M)
    assert m.id == "w1" and m._request_id == "r1"
    assert m.name == "n"  # unknown field kept


def test_absolute_url_and_path_joining(target) -> None:
    rec = Recorder(json_response(OK))
    client = sync_client(target, rec)
    client.get("widgets", cast_to=object)
    assert str(rec.last.url) == "http://api.test/v1/widgets"
    client.get("http://other.test/abs", cast_to=object)
    assert str(rec.last.url) == "http://other.test/abs"


def test_strict_response_validation(target) -> None:
    class M(target.pkg.BaseModel):
        id: str

    rec = Recorder(json_response({"id": 123}))
    client = sync_client(target, rec, _strict_response_validation=True)
    with pytest.raises(target.pkg.APIResponseValidationError):
        client.get("/x", cast_to=M)
    loose = sync_client(target, rec)
    assert loose.get("/x", cast_to=M).id == 123


def test_non_json_content_type(target) -> None:
    rec = Recorder(httpx.Response(200, text="hello", headers={"content-type": "text/plain"}))
    assert sync_client(target, rec).get("/x", cast_to=object) == "hello"
    with pytest.raises(target.pkg.APIResponseValidationError):
        sync_client(target, rec, _strict_response_validation=True).get("/x", cast_to=dict)


# -- logging -------------------------------------------------------------------------------------------


def test_logging_redacts_secrets(target, monkeypatch, caplog) -> None:
    monkeypatch.setenv(f"{target.env_prefix}_LOG", "debug")
    target.sub("_utils._logs").setup_logging()
    logger = logging.getLogger(target.pkg.__name__)
    try:
        rec = Recorder(json_response(OK))
        with caplog.at_level(logging.DEBUG, logger=target.pkg.__name__):
            sync_client(target, rec).get("/x", cast_to=object, options={"headers": {"api-key": "k2-secret"}})
        text = caplog.text
        assert "HTTP Request: GET http://api.test/v1/x" in text
        assert "200" in text
        assert API_KEY not in text and "k2-secret" not in text
        assert "<redacted>" in text
        assert logger.level == logging.DEBUG
    finally:
        logger.setLevel(logging.NOTSET)


def test_logging_info_level(target, monkeypatch) -> None:
    monkeypatch.setenv(f"{target.env_prefix}_LOG", "info")
    target.sub("_utils._logs").setup_logging()
    logger = logging.getLogger(target.pkg.__name__)
    try:
        assert logger.level == logging.INFO
    finally:
        logger.setLevel(logging.NOTSET)


def test_query_auth_key_not_logged(qux, monkeypatch, caplog) -> None:
    rec = Recorder(json_response({}))
    client = qux.Qux(api_key="sekrit", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    with caplog.at_level(logging.DEBUG, logger="rtq"):
        client.get("/x", cast_to=object)
    assert "sekrit" not in caplog.text
    assert "HTTP Request" in caplog.text
