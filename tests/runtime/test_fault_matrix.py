"""The fault matrix: what a client does when the network, the server or the caller misbehaves.

Every row runs against a real HTTP server on 127.0.0.1 (`helpers.local_server`, which writes each
answer byte by byte: resets, cut bodies, close-delimited streams ...), once with the sync client
and once with the async one. Retry sleeps are recorded instead of slept (`no_sleep`), so the
module stays fast; the timeouts that are hit are 0.2 s each.

At the end of the run the rows and their outcomes are printed as a table and written to
`.cache/reports/fault-matrix.md` (see `tests/runtime/fault_report.py`).
"""

from __future__ import annotations

import os
import time
import asyncio
import inspect
import threading
from typing import Any, Dict, List, Tuple, Callable, Optional

import httpx
import pytest

from .helpers import Exchange, free_port, local_server, unaccepting_port

# Row id -> (fault, what the client must do). The table is printed in this order.
ROWS: Dict[str, Tuple[str, str]] = {
    "refused": ("Connection refused", "`APIConnectionError` (not a timeout) after `max_retries` retries"),
    "reset-before-body": (
        "TCP reset after the request, before any response",
        "retried; `APIConnectionError` once the retries are used up",
    ),
    "reset-mid-body": ("TCP reset in the middle of a Content-Length body", "retried; a later complete answer is returned"),
    "short-body": ("Clean close before the Content-Length is reached", "`APIConnectionError`, not a truncated value"),
    "connect-timeout": ("Connect does not complete (full listen queue)", "`APITimeoutError` after the retries"),
    "read-timeout": ("Server accepts, reads the request, never answers", "`APITimeoutError` after the retries"),
    "status-retry": (
        "408 / 409 / 429 / 5xx, with `retry-after`, `retry-after-ms`",
        "retried, waiting what the header says (else the back-off); the later success is returned",
    ),
    "status-exhausted": ("429 on every attempt", "`RateLimitError` after `max_retries` + 1 attempts"),
    "x-should-retry": (
        "`x-should-retry: false` on a 500, `true` on a 400",
        "the header wins: the 500 is raised at once, the 400 is retried",
    ),
    "malformed-json": (
        "200 whose JSON body is malformed",
        "`APIResponseValidationError` with status, content type and a body excerpt; not retried",
    ),
    "html-200": (
        "200 with a `text/html` page (a proxy's) where a model is declared",
        "`APIResponseValidationError` naming the content type; text only where the type admits text",
    ),
    "empty-body": ("200 with an empty body on a JSON endpoint", "`APIResponseValidationError`, never `None` or `''`"),
    "no-body": ("204, or an endpoint declaring no body", "`None`"),
    "sse-cut-close": (
        "SSE body cut inside an event, close-delimited (no length, no chunks)",
        "`StreamInterruptedError` (an `APIConnectionError`) after the events already yielded",
    ),
    "sse-cut-chunked": ("SSE body cut inside an event, chunked", "`StreamInterruptedError` after the events already yielded"),
    "sse-clean-close": ("SSE body closed between two events, no `[DONE]`", "the events, and no error"),
    "sse-error-event": ("`data: {\"error\": ...}` and `event: error` in a stream", "`APIError` with the server's message, after the events before it"),
    "sse-bad-event": ("A complete event whose data is not JSON", "`APIResponseValidationError` with an excerpt"),
    "sse-100k": ("A stream of 100,000 events", "all of them, in order, with a flat RSS"),
    "body-50mb": ("A 50 MB JSON body", "parsed whole"),
    "stream-break": ("`break` out of 10 streams", "every connection closed by the client at once; none leaked"),
    "dot-segments": ("Path parameter `.` or `..`", "`ValueError` before any request is sent"),
    "path-encoding": (
        "Path parameter with `/ ? # % space CR LF` and non-ASCII",
        "one percent-encoded segment, as the server sees it",
    ),
    "header-crlf": (
        "CR, LF, NUL or DEL in a header value or in the API key",
        "`ValueError` before sending, value not shown; not retried",
    ),
}

MODES = ["sync", "async"]
SSE = {"Content-Type": "text/event-stream"}


def row(row_id: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Marks a test as (one of the tests of) a row of the matrix."""
    assert row_id in ROWS, row_id

    def mark(func: Callable[..., Any]) -> Callable[..., Any]:
        func.fault_row = row_id  # type: ignore[attr-defined]
        return func

    return mark


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _report_row(request: pytest.FixtureRequest) -> None:
    row_id = getattr(request.function, "fault_row", None)
    if row_id is not None:
        fault, expected = ROWS[row_id]
        callspec = getattr(request.node, "callspec", None)
        mode_name = callspec.params.get("mode", "sync") if callspec is not None else "sync"
        package = request.getfixturevalue("target").pkg.__name__
        request.node.user_properties.append(
            ("fault_matrix", (list(ROWS).index(row_id), row_id, fault, expected, mode_name, package))
        )


# -- running one call with the sync or the async client -------------------------------------------


def run(target: Any, mode: str, base_url: str, call: Callable[[Any], Any], **client_kwargs: Any) -> Any:
    """`call(client)` with a fresh client of the mode; an awaitable result is awaited."""
    client_kwargs.setdefault("api_key", "sk-fault-matrix")
    client_kwargs.setdefault("max_retries", 2)
    if mode == "sync":
        with target.Client(base_url=base_url, **client_kwargs) as client:
            return call(client)

    async def main() -> Any:
        async with target.AsyncClient(base_url=base_url, **client_kwargs) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def get(target: Any, mode: str, base_url: str, path: str = "/x", cast_to: Any = object, **client_kwargs: Any) -> Any:
    return run(target, mode, base_url, lambda client: client.get(path, cast_to=cast_to), **client_kwargs)


def collect(target: Any, mode: str, base_url: str, **client_kwargs: Any) -> Tuple[List[Any], Optional[BaseException]]:
    """Iterates a streamed call to its end: the chunks received, and the error that ended it (or None)."""
    stream_cls = target.pkg.Stream[object] if mode == "sync" else target.pkg.AsyncStream[object]

    def call(client: Any) -> Any:
        if mode == "sync":
            chunks: List[Any] = []
            try:
                for chunk in client.post("/s", cast_to=object, body={}, stream=True, stream_cls=stream_cls):
                    chunks.append(chunk)
            except Exception as err:  # noqa: BLE001 - the error is the result here
                return chunks, err
            return chunks, None

        async def consume() -> Tuple[List[Any], Optional[BaseException]]:
            chunks: List[Any] = []
            try:
                stream = await client.post("/s", cast_to=object, body={}, stream=True, stream_cls=stream_cls)
                async for chunk in stream:
                    chunks.append(chunk)
            except Exception as err:  # noqa: BLE001
                return chunks, err
            return chunks, None

        return consume()

    return run(target, mode, base_url, call, **client_kwargs)


def retrieve(client: Any, value: str) -> Any:
    """A generated method with a path parameter and a model return type."""
    resource = getattr(client, "widgets", None) or getattr(client, "models", None)
    if resource is None:
        pytest.skip("the package under test has neither `widgets` nor `models`")
    return resource.retrieve(value)


def retrieve_prefix(target: Any) -> str:
    return "/v1/widgets/" if target.has_widgets else "/v1/models/"


# -- connection faults ----------------------------------------------------------------------------


@row("refused")
def test_connection_refused(target, mode, no_sleep) -> None:
    with pytest.raises(target.pkg.APIConnectionError) as info:
        get(target, mode, f"http://127.0.0.1:{free_port()}/v1")
    assert not isinstance(info.value, target.pkg.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(no_sleep) == 2


@row("reset-before-body")
def test_reset_before_the_response(target, mode, no_sleep) -> None:
    with local_server(Exchange.reset) as server:
        with pytest.raises(target.pkg.APIConnectionError) as info:
            get(target, mode, server.url + "/v1")
    assert not isinstance(info.value, target.pkg.APITimeoutError)
    assert len(server.exchanges) == 3 and len(no_sleep) == 2


@row("reset-mid-body")
def test_reset_in_the_middle_of_the_body_is_retried(target, mode, no_sleep) -> None:
    def respond(ex: Exchange) -> None:
        if ex.attempt < 3:
            ex.head(200, {"Content-Type": "application/json", "Content-Length": "1000"})
            ex.write(b'{"partial": "' + b"x" * 100)
            ex.reset()
        else:
            ex.send_json({"attempt": ex.attempt})

    with local_server(respond) as server:
        assert get(target, mode, server.url + "/v1") == {"attempt": 3}
    assert len(server.exchanges) == 3 and len(no_sleep) == 2


@row("short-body")
def test_clean_close_before_the_content_length(target, mode, no_sleep) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, {"Content-Type": "application/json", "Content-Length": "50"})
        ex.write(b'{"a": 1}')
        ex.close()

    with local_server(respond) as server:
        with pytest.raises(target.pkg.APIConnectionError):
            get(target, mode, server.url + "/v1", max_retries=0)
    assert len(server.exchanges) == 1


@row("connect-timeout")
def test_connect_timeout(target, mode, no_sleep) -> None:
    with unaccepting_port() as port:
        with pytest.raises(target.pkg.APITimeoutError) as info:
            get(target, mode, f"http://127.0.0.1:{port}/v1", max_retries=1, timeout=httpx.Timeout(10.0, connect=0.2))
    assert isinstance(info.value.__cause__, httpx.ConnectTimeout)
    assert len(no_sleep) == 1


@row("read-timeout")
def test_read_timeout(target, mode, no_sleep) -> None:
    with local_server(lambda ex: ex.handler.server.stop.wait(30)) as server:  # type: ignore[attr-defined]
        with pytest.raises(target.pkg.APITimeoutError) as info:
            get(target, mode, server.url + "/v1", max_retries=1, timeout=0.2)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(server.exchanges) == 2 and len(no_sleep) == 1


# -- status codes and retry headers ---------------------------------------------------------------


@row("status-retry")
@pytest.mark.parametrize(
    "status, headers, expected_sleep",
    [
        (408, {}, None),
        (409, {"retry-after": "3"}, 3.0),
        (429, {"retry-after": "1.5"}, 1.5),
        (429, {"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        (500, {"retry-after-ms": "40"}, 0.04),
        (502, {}, None),
        (503, {"retry-after": "2"}, 2.0),
    ],
)
def test_retryable_status(target, mode, no_sleep, status: int, headers: Dict[str, str], expected_sleep) -> None:
    def respond(ex: Exchange) -> None:
        if ex.attempt == 1:
            ex.send_json({"error": {"message": "try again"}}, status=status, headers=headers)
        else:
            ex.send_json({"ok": True, "retry_count": ex.headers.get(f"{target.header_prefix}-Retry-Count")})

    with local_server(respond) as server:
        assert get(target, mode, server.url + "/v1") == {"ok": True, "retry_count": "1"}
    assert len(server.exchanges) == 2 and len(no_sleep) == 1
    if expected_sleep is None:
        assert 0 < no_sleep[0] <= 0.5  # the first back-off step, with jitter
    else:
        assert no_sleep[0] == pytest.approx(expected_sleep)


@row("status-exhausted")
def test_retries_exhausted(target, mode, no_sleep) -> None:
    respond = lambda ex: ex.send_json({"error": {"message": "slow down"}}, status=429)  # noqa: E731
    with local_server(respond) as server:
        with pytest.raises(target.pkg.RateLimitError, match="slow down") as info:
            get(target, mode, server.url + "/v1")
    assert info.value.status_code == 429
    assert len(server.exchanges) == 3 and len(no_sleep) == 2


@row("x-should-retry")
@pytest.mark.parametrize("status, header, attempts", [(500, "false", 1), (400, "true", 3)])
def test_x_should_retry(target, mode, no_sleep, status: int, header: str, attempts: int) -> None:
    respond = lambda ex: ex.send_json({"error": {"message": "nope"}}, status=status, headers={"x-should-retry": header})  # noqa: E731
    with local_server(respond) as server:
        with pytest.raises(target.pkg.APIStatusError) as info:
            get(target, mode, server.url + "/v1")
    assert info.value.status_code == status
    assert len(server.exchanges) == attempts and len(no_sleep) == attempts - 1


# -- bodies that cannot be what the method returns ------------------------------------------------


@row("malformed-json")
def test_malformed_json_is_a_typed_error(target, mode, no_sleep) -> None:
    body = b'{"id": "w1", "object": "widget", "name": "cut here' + b"." * 300
    respond = lambda ex: ex.send(200, body, {"Content-Type": "application/json; charset=utf-8"})  # noqa: E731
    with local_server(respond) as server:
        with pytest.raises(target.pkg.APIResponseValidationError) as info:
            run(target, mode, server.url + "/v1", lambda client: retrieve(client, "w1"))
    err = info.value
    assert err.status_code == 200
    assert err.content_type == "application/json; charset=utf-8"
    assert '{"id": "w1", "object": "widget"' in str(err) and "application/json" in str(err)
    assert len(str(err)) < 700  # an excerpt, not the whole body
    assert len(server.exchanges) == 1 and no_sleep == []


@row("html-200")
def test_html_page_is_not_a_model(target, mode, no_sleep) -> None:
    page = b"<html><body>Please sign in to the network</body></html>"
    respond = lambda ex: ex.send(200, page, {"Content-Type": "text/html; charset=utf-8"})  # noqa: E731
    with local_server(respond) as server:
        with pytest.raises(target.pkg.APIResponseValidationError, match="text/html") as info:
            run(target, mode, server.url + "/v1", lambda client: retrieve(client, "w1"))
        # a call whose return type admits text still gets it
        assert get(target, mode, server.url + "/v1", cast_to=object) == page.decode()
    assert info.value.status_code == 200 and "sign in" in str(info.value)
    assert len(server.exchanges) == 2 and no_sleep == []


@row("empty-body")
@pytest.mark.parametrize("headers", [{"Content-Type": "application/json"}, {}], ids=["json-type", "no-type"])
def test_empty_body_is_a_typed_error(target, mode, no_sleep, headers: Dict[str, str]) -> None:
    with local_server(lambda ex: ex.send(200, b"", headers)) as server:
        with pytest.raises(target.pkg.APIResponseValidationError, match="empty") as info:
            run(target, mode, server.url + "/v1", lambda client: retrieve(client, "w1"))
        with pytest.raises(target.pkg.APIResponseValidationError):
            get(target, mode, server.url + "/v1", cast_to=object)
    assert info.value.status_code == 200
    assert len(server.exchanges) == 2 and no_sleep == []


@row("no-body")
def test_no_content_and_no_declared_body_give_none(target, mode) -> None:
    none_type = target.pkg.NoneType
    with local_server(lambda ex: ex.send(204)) as server:
        assert get(target, mode, server.url + "/v1", cast_to=object) is None
    with local_server(lambda ex: ex.send_json({"ignored": True})) as server:
        assert get(target, mode, server.url + "/v1", cast_to=none_type) is None
    with local_server(lambda ex: ex.send(200, b"")) as server:
        assert get(target, mode, server.url + "/v1", cast_to=none_type) is None


# -- event streams --------------------------------------------------------------------------------


def _events(*numbers: int) -> bytes:
    return b"".join(b'data: {"i": %d}\n\n' % i for i in numbers)


@row("sse-cut-close")
def test_stream_cut_inside_an_event_close_delimited(target, mode) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, {**SSE, "Connection": "close"})
        ex.write(b"id: 7\n" + _events(0, 1) + b'data: {"i": 2, "text": "cut he')
        ex.close()

    with local_server(respond) as server:
        chunks, err = collect(target, mode, server.url + "/v1")
    assert chunks == [{"i": 0}, {"i": 1}]
    assert isinstance(err, target.pkg.StreamInterruptedError)
    assert isinstance(err, target.pkg.APIConnectionError)
    assert "inside an event" in str(err)
    assert err.partial_event == 'data: {"i": 2, "text": "cut he'
    assert err.last_event_id == "7"


@row("sse-cut-close")
def test_stream_cut_after_an_event_line_close_delimited(target, mode) -> None:
    """The last line is complete but the blank line ending the event never came."""

    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(_events(0) + b'event: delta\ndata: {"i": 1}\n')
        ex.close()

    with local_server(respond) as server:
        chunks, err = collect(target, mode, server.url + "/v1")
    assert chunks == [{"i": 0}]
    assert isinstance(err, target.pkg.StreamInterruptedError)
    assert err.partial_event == 'event: delta\ndata: {"i": 1}'


@row("sse-cut-chunked")
def test_stream_cut_inside_an_event_chunked(target, mode) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, {**SSE, "Transfer-Encoding": "chunked"})
        ex.chunk(_events(0, 1))
        ex.chunk(b'data: {"i": 2, "te')
        ex.close()  # no last chunk

    with local_server(respond) as server:
        chunks, err = collect(target, mode, server.url + "/v1")
    assert chunks == [{"i": 0}, {"i": 1}]
    assert isinstance(err, target.pkg.StreamInterruptedError)
    assert isinstance(err.__cause__, httpx.RemoteProtocolError)
    assert "inside an event" in str(err) and err.partial_event == 'data: {"i": 2, "te'


@row("sse-clean-close")
@pytest.mark.parametrize("ending", [b"", b"data: [DONE]\n\n", b"data: [DONE]"], ids=["no-done", "done", "done-unterminated"])
def test_stream_closed_between_events(target, mode, ending: bytes) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(_events(0, 1, 2) + b": a comment\n\n" + ending)
        ex.close()

    with local_server(respond) as server:
        chunks, err = collect(target, mode, server.url + "/v1")
    assert err is None
    assert chunks == [{"i": 0}, {"i": 1}, {"i": 2}]


@row("sse-error-event")
@pytest.mark.parametrize(
    "event",
    [b'data: {"error": {"message": "quota gone", "type": "server_error"}}\n\n', b'event: error\ndata: {"message": "quota gone"}\n\n'],
    ids=["error-field", "error-event"],
)
def test_stream_error_event(target, mode, event: bytes) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, {**SSE, "Transfer-Encoding": "chunked"})
        ex.chunk(_events(0) + event + _events(1))
        ex.end_chunks()

    with local_server(respond) as server:
        chunks, err = collect(target, mode, server.url + "/v1")
    assert chunks == [{"i": 0}]
    assert isinstance(err, target.pkg.APIError) and not isinstance(err, target.pkg.APIConnectionError)
    assert err.message == "quota gone"


@row("sse-bad-event")
def test_stream_event_that_is_not_json(target, mode) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(_events(0) + b"data: {not json\n\n")
        ex.close()

    with local_server(respond) as server:
        chunks, err = collect(target, mode, server.url + "/v1")
    assert chunks == [{"i": 0}]
    assert isinstance(err, target.pkg.APIResponseValidationError)
    assert "{not json" in str(err)


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pytest.skip("needs /proc/self/statm to read the resident set size")


N_EVENTS = 100_000
PAD = "x" * 200  # a chunk kept by mistake would cost ~0.5 kB: 90k of them are ~40 MB


@row("sse-100k")
def test_hundred_thousand_events_with_flat_memory(target, mode) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, {**SSE, "Transfer-Encoding": "chunked"})
        for start in range(0, N_EVENTS, 1000):
            ex.chunk(b"".join(b'data: {"i": %d, "pad": "%s"}\n\n' % (i, PAD.encode()) for i in range(start, start + 1000)))
        ex.chunk(b"data: [DONE]\n\n")
        ex.end_chunks()

    seen = {"count": 0, "last": -1, "ordered": True, "rss_early": 0, "rss_late": 0}

    def check(chunk: Any) -> None:
        i = chunk["i"]
        seen["ordered"] = seen["ordered"] and i == seen["last"] + 1
        seen["last"] = i
        seen["count"] += 1
        if i == 10_000:
            seen["rss_early"] = _rss()
        elif i == N_EVENTS - 1:
            seen["rss_late"] = _rss()

    stream_cls = target.pkg.Stream[object] if mode == "sync" else target.pkg.AsyncStream[object]

    def call(client: Any) -> Any:
        if mode == "sync":
            for chunk in client.post("/s", cast_to=object, body={}, stream=True, stream_cls=stream_cls):
                check(chunk)
            return None

        async def consume() -> None:
            async for chunk in await client.post("/s", cast_to=object, body={}, stream=True, stream_cls=stream_cls):
                check(chunk)

        return consume()

    with local_server(respond) as server:
        run(target, mode, server.url + "/v1", call)
    assert seen["count"] == N_EVENTS and seen["ordered"] and seen["last"] == N_EVENTS - 1
    growth = seen["rss_late"] - seen["rss_early"]
    assert growth < 16 * 2**20, f"RSS grew by {growth / 2**20:.1f} MB over 90,000 events"


BIG = 50 * 2**20


@row("body-50mb")
def test_fifty_megabyte_body(target, mode) -> None:
    body = b'{"id": "big", "blob": "' + b"a" * BIG + b'"}'
    with local_server(lambda ex: ex.send(200, body, {"Content-Type": "application/json"})) as server:
        result = get(target, mode, server.url + "/v1")
    assert result["id"] == "big" and len(result["blob"]) == BIG


@row("stream-break")
def test_break_out_of_streams_leaks_no_connection(target, mode) -> None:
    n_streams = 10
    closed_by_client = threading.Semaphore(0)
    not_closed: List[int] = []

    def respond(ex: Exchange) -> None:
        ex.head(200, {**SSE, "Transfer-Encoding": "chunked"})
        ex.chunk(_events(*range(50)))
        # no last chunk: the body stays open until the client lets go of the connection
        if ex.wait_for_client_close(timeout=10):
            closed_by_client.release()
        else:
            not_closed.append(ex.attempt)

    def all_closed() -> bool:
        """True once the server saw every connection closed (a guard against hanging, not a timing)."""
        deadline = time.monotonic() + 10
        return all(closed_by_client.acquire(timeout=max(0.0, deadline - time.monotonic())) for _ in range(n_streams))

    stream_cls = target.pkg.Stream[object] if mode == "sync" else target.pkg.AsyncStream[object]
    kept: List[Any] = []  # references stay: only the `break` may close a response, not a collection

    def call(client: Any) -> Any:
        if mode == "sync":
            for _ in range(n_streams):
                stream = client.post("/s", cast_to=object, body={}, stream=True, stream_cls=stream_cls)
                kept.append(stream)
                for chunk in stream:
                    if chunk["i"] == 2:
                        break
            return all_closed()

        async def consume() -> bool:
            for _ in range(n_streams):
                stream = await client.post("/s", cast_to=object, body={}, stream=True, stream_cls=stream_cls)
                kept.append(stream)
                async for chunk in stream:
                    if chunk["i"] == 2:
                        break
            # while the client is still open: its `async with` exit would close everything anyway
            return await asyncio.to_thread(all_closed)

        return consume()

    with local_server(respond) as server:
        assert run(target, mode, server.url + "/v1", call) is True
    assert not_closed == [] and len(server.exchanges) == n_streams
    assert all(stream.response.is_closed for stream in kept)


# -- caller mistakes that must never reach the network --------------------------------------------


@row("dot-segments")
@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segment_path_params_are_refused(target, mode, no_sleep, value: str) -> None:
    path_template = target.sub("_utils").path_template
    with local_server(lambda ex: ex.send_json({"id": "x", "object": "model"})) as server:
        with pytest.raises(ValueError, match="cannot be `.` or `..`"):
            run(target, mode, server.url + "/v1", lambda client: retrieve(client, value))
        with pytest.raises(ValueError, match=r"path parameter `b`"):
            get(target, mode, server.url + "/v1", path=path_template("/a/{b}/c", b=value))
        # inside a longer segment the dots are plain characters
        get(target, mode, server.url + "/v1", path=path_template("/a/{b}", b=value + "x"))
    assert server.paths == [f"/v1/a/{value}x"]
    assert no_sleep == []


@row("path-encoding")
def test_path_params_reach_the_server_as_one_encoded_segment(target, mode) -> None:
    cases = {
        "a/b": "a%2Fb",
        "a?b=1": "a%3Fb%3D1",
        "a#frag": "a%23frag",
        "100%": "100%25",
        "%2e%2e": "%252e%252e",
        "a b": "a%20b",
        "a\r\nb": "a%0D%0Ab",
        "café-ü": "caf%C3%A9-%C3%BC",
        "雪": "%E9%9B%AA",
        "...": "...",
        ".hidden": ".hidden",
        "../x": "..%2Fx",
    }
    with local_server(lambda ex: ex.send_json({"id": "x", "object": "model"})) as server:

        def call(client: Any) -> Any:
            if mode == "sync":
                for value in cases:
                    retrieve(client, value)
                return None

            async def all_calls() -> None:
                for value in cases:
                    await retrieve(client, value)

            return all_calls()

        run(target, mode, server.url + "/v1", call)
    prefix = retrieve_prefix(target)
    assert server.paths == [prefix + encoded for encoded in cases.values()]


@row("header-crlf")
@pytest.mark.parametrize(
    "where, bad",
    [
        ("header", "v\r\nX-Injected: 1"),
        ("header", "v\nx"),
        ("header", "v\x00"),
        ("header", "v\x7f"),
        ("api_key", "sk-secret\r\n"),
        ("api_key", "sk-sec\nret"),
    ],
)
def test_forbidden_characters_in_headers_fail_before_sending(target, mode, no_sleep, where: str, bad: str) -> None:
    kwargs: Dict[str, Any] = {"api_key": bad} if where == "api_key" else {"default_headers": {"X-Custom": bad}}
    with local_server(lambda ex: ex.send_json({})) as server:
        with pytest.raises(ValueError, match="HTTP header") as info:
            get(target, mode, server.url + "/v1", **kwargs)
    assert not isinstance(info.value, target.pkg.APIConnectionError)
    assert bad.strip() not in str(info.value)  # the value (maybe a key) is not shown
    assert server.exchanges == [] and no_sleep == []
