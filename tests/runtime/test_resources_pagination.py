"""Generated-shape resource methods, raw / streamed response wrappers, binary content, multipart, pagination."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from .helpers import Recorder, async_client, sync_client, json_response

W = {"id": "w1", "object": "widget", "name": "n"}


def test_resource_methods(widgets_target) -> None:
    rec = Recorder(json_response(W, headers={"x-request-id": "req_9"}))
    client = sync_client(widgets_target, rec)
    w = client.widgets.retrieve("a/b c")
    assert str(rec.last.url) == "http://api.test/v1/widgets/a%2Fb%20c"
    assert w.id == "w1" and w._request_id == "req_9"
    with pytest.raises(ValueError, match="widget_id"):
        client.widgets.retrieve("")
    client.widgets.create(name="x", foo_bar="f", acme_beta="v2", extra_body={"more": 1}, extra_query={"q": 1})
    assert rec.last.method == "POST" and rec.last_json() == {"name": "x", "fooBar": "f", "more": 1}
    assert rec.last.headers["Acme-Beta"] == "v2" and rec.last.url.params["q"] == "1"
    client.widgets.update("w1", name="y")
    assert rec.last.method == "PATCH"
    client.widgets.delete("w1")
    assert rec.last.method == "DELETE"
    client.widgets.create(name="t", timeout=1.5)
    assert rec.last.extensions["timeout"]["read"] == 1.5
    assert client.widgets is client.widgets  # cached


@pytest.mark.asyncio
async def test_async_resource_methods(widgets_target) -> None:
    rec = Recorder(json_response(W))
    client = async_client(widgets_target, rec)
    w = await client.widgets.retrieve("w1")
    assert w.name == "n"
    await client.widgets.create(name="x", tags=["a"])
    assert rec.last_json() == {"name": "x", "tags": ["a"]}


def test_raw_response(widgets_target) -> None:
    rec = Recorder(json_response(W, headers={"x-request-id": "r1", "x-extra": "e"}))
    client = sync_client(widgets_target, rec)
    raw = client.widgets.with_raw_response.retrieve("w1")
    assert raw.status_code == 200 and raw.headers["x-extra"] == "e"
    assert raw.http_request.method == "GET" and raw.method == "GET" and str(raw.url).endswith("/widgets/w1")
    assert raw.request_id == "r1" and raw.elapsed.total_seconds() >= 0
    assert raw.json() == W and json.loads(raw.text) == W and raw.content == raw.read()
    parsed = raw.parse()
    assert type(parsed).__name__ == "Widget" and parsed is raw.parse()
    assert raw.parse(to=dict) == W
    assert widgets_target.sub("_constants").RAW_RESPONSE_HEADER not in rec.last.headers
    assert client.with_raw_response.widgets.retrieve("w1").parse().id == "w1"


def test_streaming_response(widgets_target) -> None:
    rec = Recorder(json_response(W))
    client = sync_client(widgets_target, rec)
    with client.widgets.with_streaming_response.retrieve("w1") as resp:
        assert not resp.is_closed
        assert resp.parse().id == "w1"
    assert resp.is_closed
    with client.with_streaming_response.widgets.retrieve("w1") as resp:
        lines = list(resp.iter_lines())
    assert json.loads("".join(lines)) == W


@pytest.mark.asyncio
async def test_async_raw_and_streaming_response(widgets_target) -> None:
    rec = Recorder(json_response(W))
    client = async_client(widgets_target, rec)
    raw = await client.widgets.with_raw_response.retrieve("w1")
    # the body is read when the awaited call returns: parse() and json() are plain calls
    assert raw.parse().id == "w1" and raw.json() == W and json.loads(raw.text) == W
    async with client.widgets.with_streaming_response.retrieve("w1") as resp:
        chunks = [c async for c in resp.iter_bytes()]
    assert json.loads(b"".join(chunks)) == W and resp.is_closed
    async with client.with_streaming_response.widgets.retrieve("w1") as resp:
        assert (await resp.parse()).name == "n"


def test_binary_content(widgets_target, tmp_path: Path) -> None:
    data = bytes(range(256)) * 10
    rec = Recorder(httpx.Response(200, content=data, headers={"content-type": "application/octet-stream"}))
    client = sync_client(widgets_target, rec)
    content = client.widgets.content("w1")
    assert rec.last.headers["Accept"] == "application/binary"
    assert content.content == data and content.read() == data
    content.write_to_file(tmp_path / "a.bin")
    assert (tmp_path / "a.bin").read_bytes() == data
    raw = client.widgets.with_raw_response.content("w1")
    assert type(raw).__name__ == "BinaryAPIResponse" and raw.read() == data
    raw.write_to_file(tmp_path / "b.bin")
    assert (tmp_path / "b.bin").read_bytes() == data
    with client.widgets.with_streaming_response.content("w1") as resp:
        assert type(resp).__name__ == "StreamedBinaryAPIResponse"
        resp.stream_to_file(tmp_path / "c.bin")
    assert (tmp_path / "c.bin").read_bytes() == data
    with client.widgets.with_streaming_response.content("w1") as resp:
        assert resp.parse() == data
    assert type(raw.parse()).__name__ == "HttpxBinaryResponseContent" and raw.parse().content == data


@pytest.mark.asyncio
async def test_async_binary_content(widgets_target, tmp_path: Path) -> None:
    data = b"\x00\x01binary"
    rec = Recorder(httpx.Response(200, content=data, headers={"content-type": "application/octet-stream"}))
    client = async_client(widgets_target, rec)
    content = await client.widgets.content("w1")
    assert content.content == data
    await content.awrite_to_file(tmp_path / "a.bin")
    assert (tmp_path / "a.bin").read_bytes() == data
    async with client.widgets.with_streaming_response.content("w1") as resp:
        await resp.stream_to_file(tmp_path / "b.bin")
    assert (tmp_path / "b.bin").read_bytes() == data
    async with client.widgets.with_streaming_response.content("w1") as resp:
        assert await resp.parse() == data
    raw = await client.widgets.with_raw_response.content("w1")
    assert raw.parse().content == data
    await raw.write_to_file(tmp_path / "c.bin")
    assert (tmp_path / "c.bin").read_bytes() == data


def test_multipart_upload(widgets_target, tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(b"file-body")
    rec = Recorder(json_response(W))
    client = sync_client(widgets_target, rec)
    client.widgets.upload(file=p, purpose="fine-tune", metadata={"k": "v"})
    req = rec.last
    ctype = req.headers["Content-Type"]
    assert ctype.startswith("multipart/form-data; boundary=")
    body = req.content
    assert b'name="purpose"\r\n\r\nfine-tune' in body
    assert b'name="metadata[k]"\r\n\r\nv' in body
    assert b'filename="doc.txt"' in body and b"file-body" in body
    client.widgets.upload(file=("x.bin", b"raw", "application/x-thing"), purpose="p")
    assert b"application/x-thing" in rec.last.content and b'filename="x.bin"' in rec.last.content


@pytest.mark.asyncio
async def test_async_multipart_upload(widgets_target, tmp_path: Path) -> None:
    p = tmp_path / "doc2.txt"
    p.write_bytes(b"async-file")
    rec = Recorder(json_response(W))
    await async_client(widgets_target, rec).widgets.upload(file=p, purpose="p")
    assert b"async-file" in rec.last.content and b'filename="doc2.txt"' in rec.last.content


# -- pagination --------------------------------------------------------------------------------------------


def _cursor_pages(request: httpx.Request) -> httpx.Response:
    after = request.url.params.get("after")
    pages = {None: (["a", "b"], True), "b": (["c"], True), "c": ([], False)}
    ids, more = pages[after]
    return json_response({"object": "list", "data": [dict(W, id=i) for i in ids], "has_more": more})


def test_cursor_pagination(widgets_target) -> None:
    rec = Recorder(handler=_cursor_pages)
    client = sync_client(widgets_target, rec)
    page = client.widgets.list(limit=2, include_deleted=True, ids=["x", "y"])
    assert [w.id for w in page.data] == ["a", "b"] and page.has_more is True
    assert rec.requests[0].url.query == b"limit=2&includeDeleted=true&ids=x&ids=y"
    assert page.has_next_page()
    assert page.next_page_info().params == {"after": "b"}
    assert [w.id for w in client.widgets.list(limit=2)] == ["a", "b", "c"]
    assert rec.last.url.params["limit"] == "2" and rec.last.url.params["after"] == "c"
    pages = list(client.widgets.list().iter_pages())
    assert len(pages) == 3
    second = client.widgets.list().get_next_page()
    assert [w.id for w in second.data] == ["c"]
    assert type(second.data[0]).__name__ == "Widget"


def test_raw_first_page_next_pages_parsed(widgets_target) -> None:
    rec = Recorder(handler=_cursor_pages)
    client = sync_client(widgets_target, rec)
    raw = client.widgets.with_raw_response.list()
    page = raw.parse()
    assert [w.id for w in page] == ["a", "b", "c"]


@pytest.mark.asyncio
async def test_async_cursor_pagination(widgets_target) -> None:
    rec = Recorder(handler=_cursor_pages)
    client = async_client(widgets_target, rec)
    assert [w.id async for w in client.widgets.list()] == ["a", "b", "c"]
    first = await client.widgets.list()
    assert [w.id for w in first.data] == ["a", "b"]
    nxt = await first.get_next_page()
    assert [w.id for w in nxt.data] == ["c"]
    assert len([p async for p in first.iter_pages()]) == 3


def test_conversation_cursor_pagination(widgets_target) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        if after is None:
            return json_response({"data": [dict(W, id="1")], "has_more": True, "last_id": "1"})
        return json_response({"data": [dict(W, id="2")], "has_more": False, "last_id": "2"})

    client = sync_client(widgets_target, Recorder(handler=handler))
    assert [w.id for w in client.widgets.history("w")] == ["1", "2"]


@pytest.mark.asyncio
async def test_async_conversation_cursor_pagination(widgets_target) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("after") is None:
            return json_response({"data": [dict(W, id="1")], "has_more": True, "last_id": "1"})
        return json_response({"data": [dict(W, id="2")], "has_more": False, "last_id": "2"})

    client = async_client(widgets_target, Recorder(handler=handler))
    assert [w.id async for w in client.widgets.history("w")] == ["1", "2"]


def test_list_next_cursor_and_offset_pages(widgets_target) -> None:
    pagination = widgets_target.sub("pagination")
    client = sync_client(widgets_target, Recorder(json_response({"object": "list", "data": [W]})))
    page = client.get_api_list("/all", model=dict, page=pagination.SyncPage[dict])
    assert page.object == "list" and not page.has_next_page() and page.next_page_info() is None
    assert list(page) == [W]

    def nxt(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("after") is None:
            return json_response({"data": [1, 2], "next": "tok"})
        return json_response({"data": [3], "next": None})

    client = sync_client(widgets_target, Recorder(handler=nxt))
    assert list(client.get_api_list("/n", model=int, page=pagination.SyncNextCursorPage[int])) == [1, 2, 3]

    def off(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        items = list(range(10))[offset : offset + 4]
        return json_response({"results": items})

    client = sync_client(widgets_target, Recorder(handler=off))
    page = client.get_api_list("/o", model=int, page=pagination.SyncOffsetPage[int])
    assert page.results == page.data == [0, 1, 2, 3]
    assert list(page) == list(range(10))


@pytest.mark.asyncio
async def test_async_offset_page(widgets_target) -> None:
    pagination = widgets_target.sub("pagination")

    def off(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        return json_response({"results": list(range(5))[offset : offset + 2]})

    client = async_client(widgets_target, Recorder(handler=off))
    items = [i async for i in client.get_api_list("/o", model=int, page=pagination.AsyncOffsetPage[int])]
    assert items == [0, 1, 2, 3, 4]
