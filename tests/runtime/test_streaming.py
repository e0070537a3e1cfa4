"""SSE decoding and Stream / AsyncStream."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest

from .helpers import Recorder, async_client, sync_client


def _events(target, chunks: List[bytes]) -> List[Any]:
    dec = target.sub("_streaming").SSEDecoder()
    return list(dec.iter_bytes(iter(chunks)))


def test_decoder_basics(target) -> None:
    evs = _events(target, [b"event: a\nid: 1\nretry: 50\ndata: x\ndata: y\n\n: comment\n\ndata:z\n\n"])
    assert [(e.event, e.data, e.id, e.retry) for e in evs] == [("a", "x\ny", "1", 50), (None, "z", "1", None)]


@pytest.mark.parametrize("sep", [b"\n", b"\r\n", b"\r"])
def test_decoder_line_endings_and_splits(target, sep: bytes) -> None:
    body = b"\xef\xbb\xbfdata: {\"a\": 1}" + sep + sep + b"event: e" + sep + b"data: two" + sep + sep
    whole = _events(target, [body])
    assert [(e.event, e.data) for e in whole] == [(None, '{"a": 1}'), ("e", "two")]
    # every possible split into single bytes
    bytewise = _events(target, [body[i : i + 1] for i in range(len(body))])
    assert [(e.event, e.data) for e in bytewise] == [(None, '{"a": 1}'), ("e", "two")]


def test_decoder_unterminated_last_event(target) -> None:
    assert [e.data for e in _events(target, [b"data: last"])] == ["last"]


def test_decoder_can_refuse_an_unfinished_last_event(target) -> None:
    streaming = target.sub("_streaming")

    def strict(body: bytes) -> List[Any]:
        return list(streaming.SSEDecoder(incomplete="raise").iter_bytes(iter([body])))

    with pytest.raises(streaming.IncompleteEventError) as info:
        strict(b"id: 4\ndata: one\n\nevent: two\ndata: {\"a\"\ndata: , \"b")
    assert info.value.partial == 'event: two\ndata: {"a"\ndata: , "b'
    assert info.value.last_event_id == "4"
    # a finished stream, one ending in a comment or an unterminated `[DONE]` are not unfinished
    assert [e.data for e in strict(b"data: one\n\n: bye")] == ["one"]
    assert [e.data for e in strict(b"data: one\r\n\r\ndata: [DONE]")] == ["one", "[DONE]"]
    decoder = streaming.SSEDecoder()
    assert decoder.pending_excerpt() is None
    assert list(decoder.iter_bytes(iter([b"data: " + b"x" * 500]))) and decoder.pending_excerpt() is None
    long = streaming.SSEDecoder(incomplete="raise")
    with pytest.raises(streaming.IncompleteEventError) as info:
        list(long.iter_bytes(iter([b"data: " + b"x" * 500])))
    assert len(info.value.partial) == 203 and info.value.partial.endswith("...")


def _sse(*events: str) -> bytes:
    return "".join(events).encode()


CHUNK = 'data: {"id": "c%d", "object": "widget.chunk", "deltas": [{"content": "t%d"}]}\n\n'


def test_stream_typed_chunks_and_done(widgets_target) -> None:
    body = _sse(*(CHUNK % (i, i) for i in range(3)), "data: [DONE]\n\n", CHUNK % (9, 9))
    rec = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body))
    client = sync_client(widgets_target, rec)
    stream = client.widgets.create(name="w", stream=True)
    assert isinstance(stream, widgets_target.pkg.Stream)
    chunks = list(stream)
    assert [c.id for c in chunks] == ["c0", "c1", "c2"]
    assert chunks[0].deltas[0].content == "t0"
    assert type(chunks[0]).__name__ == "WidgetChunk"
    assert rec.last_json()["stream"] is True
    assert stream.response.is_closed


def test_stream_error_event(target) -> None:
    Stream = target.pkg.Stream
    body = _sse('data: {"ok": 1}\n\n', 'data: {"error": {"message": "bad thing"}}\n\n')
    rec = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body))
    stream = sync_client(target, rec).post("/s", cast_to=object, body={}, stream=True, stream_cls=Stream[Dict[str, Any]])
    it = iter(stream)
    assert next(it) == {"ok": 1}
    with pytest.raises(target.pkg.APIError, match="bad thing"):
        next(it)
    body = _sse('event: error\ndata: {"message": "named"}\n\n')
    rec = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body))
    stream = sync_client(target, rec).post("/s", cast_to=object, body={}, stream=True, stream_cls=Stream[object])
    with pytest.raises(target.pkg.APIError, match="named"):
        list(stream)


def test_stream_event_envelope(target) -> None:
    class Ev(target.pkg.BaseModel):
        event: str
        data: Dict[str, Any]

    body = _sse('event: thread.created\ndata: {"id": "t"}\n\n')
    rec = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body))
    stream = sync_client(target, rec).post("/s", cast_to=object, body={}, stream=True, stream_cls=target.pkg.Stream[Ev])
    (ev,) = list(stream)
    assert ev.event == "thread.created" and ev.data == {"id": "t"}


@pytest.mark.asyncio
async def test_async_stream(widgets_target) -> None:
    body = _sse(*(CHUNK % (i, i) for i in range(4)), "data: [DONE]\n\n")
    rec = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body))
    client = async_client(widgets_target, rec)
    stream = await client.widgets.create(name="w", stream=True)
    assert isinstance(stream, widgets_target.pkg.AsyncStream)
    ids = [c.id async for c in stream]
    assert ids == ["c0", "c1", "c2", "c3"]
    assert stream.response.is_closed


@pytest.mark.asyncio
async def test_async_stream_context_manager_and_error(target) -> None:
    AsyncStream = target.pkg.AsyncStream
    body = _sse('data: {"n": 1}\n\n', 'data: {"error": {"message": "oops"}}\n\n')
    rec = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body))
    client = async_client(target, rec)
    stream = await client.post("/s", cast_to=object, body={}, stream=True, stream_cls=AsyncStream[object])
    async with stream:
        assert await stream.__anext__() == {"n": 1}
        with pytest.raises(target.pkg.APIError, match="oops"):
            await stream.__anext__()
    assert stream.response.is_closed


def test_stream_against_local_server(target) -> None:
    """Real chunked streaming over a socket."""
    import threading
    from http.server import HTTPServer, BaseHTTPRequestHandler

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("content-length", 0)))
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for part in [b'data: {"i": 0}\n', b"\n", b'data: {"i"', b": 1}\r\n\r\n", b"data: [DONE]\n\n"]:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), H)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        client = target.Client(api_key="k", base_url=f"http://127.0.0.1:{server.server_address[1]}")
        stream = client.post("/s", cast_to=object, body={}, stream=True, stream_cls=target.pkg.Stream[object])
        assert list(stream) == [{"i": 0}, {"i": 1}]
        client.close()
    finally:
        server.shutdown()
        server.server_close()
