"""Leaving a stream early closes the HTTP response: `break`, `return`, an exception, `with`.

The transports record the moment the response body is closed into the same event log as the
consumer's own steps, so the tests check *when* the close happens relative to the code after the
loop, not only that it happens eventually.
"""

from __future__ import annotations

import gc
import sys
import asyncio
from typing import Any, List, Iterator, AsyncIterator

import httpx
import pytest

from .helpers import Recorder, async_client, sync_client

SSE = "text/event-stream"


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, log: List[str], n: int = 5) -> None:
        self.log = log
        self.n = n

    def __iter__(self) -> Iterator[bytes]:
        for i in range(self.n):
            self.log.append(f"sent {i}")
            yield b'data: {"n": %d}\n\n' % i

    def close(self) -> None:
        self.log.append("closed")


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, log: List[str], n: int = 5) -> None:
        self.log = log
        self.n = n

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i in range(self.n):
            self.log.append(f"sent {i}")
            yield b'data: {"n": %d}\n\n' % i

    async def aclose(self) -> None:
        self.log.append("closed")


def _sync_stream(target: Any, log: List[str], n: int = 5) -> Any:
    rec = Recorder(handler=lambda r: httpx.Response(200, headers={"content-type": SSE}, stream=_SyncBody(log, n)))
    client = sync_client(target, rec)
    return client.post("/s", cast_to=object, body={}, stream=True, stream_cls=target.pkg.Stream[object])


async def _async_stream(target: Any, log: List[str], n: int = 5) -> Any:
    rec = Recorder(handler=lambda r: httpx.Response(200, headers={"content-type": SSE}, stream=_AsyncBody(log, n)))
    client = async_client(target, rec)
    return await client.post("/s", cast_to=object, body={}, stream=True, stream_cls=target.pkg.AsyncStream[object])


def test_sync_break_closes_before_the_next_statement(target) -> None:
    log: List[str] = []
    stream = _sync_stream(target, log)
    gc.disable()  # the close must not depend on a garbage collection
    try:
        for chunk in stream:
            log.append(f"got {chunk['n']}")
            if chunk["n"] == 1:
                break
        log.append("after loop")
    finally:
        gc.enable()
    assert log == ["sent 0", "got 0", "sent 1", "got 1", "closed", "after loop"]
    assert stream.response.is_closed


def test_sync_exception_and_return_in_loop_close(target) -> None:
    log: List[str] = []
    stream = _sync_stream(target, log)
    with pytest.raises(KeyError):
        for chunk in stream:
            raise KeyError(chunk["n"])
    log.append("after raise")
    assert log == ["sent 0", "closed", "after raise"]

    log2: List[str] = []
    stream2 = _sync_stream(target, log2)

    def first() -> Any:
        for chunk in stream2:
            return chunk
        return None

    assert first() == {"n": 0}
    log2.append("returned")
    assert log2 == ["sent 0", "closed", "returned"]


def test_sync_full_iteration_closes_once(target) -> None:
    log: List[str] = []
    stream = _sync_stream(target, log, n=2)
    assert [c["n"] for c in stream] == [0, 1]
    assert log.count("closed") == 1 and log[-1] == "closed"
    stream.close()  # idempotent
    assert log.count("closed") == 1


def test_sync_with_block_closes_on_exit(target) -> None:
    log: List[str] = []
    with _sync_stream(target, log) as stream:
        it = iter(stream)
        assert next(it) == {"n": 0}
        log.append("inside")
        # the loop's iterator is still referenced: nothing closed yet
        assert "closed" not in log
    log.append("after with")
    assert log == ["sent 0", "inside", "closed", "after with"]
    del it


def test_sync_close_before_iterating(target) -> None:
    log: List[str] = []
    stream = _sync_stream(target, log)
    stream.close()
    assert stream.response.is_closed
    assert log == ["closed"]


@pytest.mark.asyncio
async def test_async_break_closes_the_response_without_gc(target) -> None:
    log: List[str] = []
    stream = await _async_stream(target, log)
    gc.disable()
    try:
        async for chunk in stream:
            log.append(f"got {chunk['n']}")
            if chunk["n"] == 1:
                break
        log.append("after loop")
        if sys.version_info >= (3, 12):
            # the close task starts eagerly and this transport's close never waits
            assert log == ["sent 0", "got 0", "sent 1", "got 1", "closed", "after loop"]
        # otherwise it runs at the loop's next turn: one yield to the loop, no collection
        await asyncio.sleep(0)
        log.append("next turn")
    finally:
        gc.enable()
    assert log.index("closed") < log.index("next turn")
    assert log.count("closed") == 1
    assert stream.response.is_closed
    assert [e for e in log if e.startswith("sent")] == ["sent 0", "sent 1"]


@pytest.mark.asyncio
async def test_async_exception_in_loop_closes(target) -> None:
    log: List[str] = []
    stream = await _async_stream(target, log)
    gc.disable()
    try:
        with pytest.raises(KeyError):
            async for chunk in stream:
                raise KeyError(chunk["n"])
        await asyncio.sleep(0)
    finally:
        gc.enable()
    assert log == ["sent 0", "closed"]


@pytest.mark.asyncio
async def test_async_with_closes_before_the_block_is_left(target) -> None:
    log: List[str] = []
    stream = await _async_stream(target, log)
    async with stream:
        async for chunk in stream:
            log.append(f"got {chunk['n']}")
            break
    log.append("after with")
    assert log == ["sent 0", "got 0", "closed", "after with"]


@pytest.mark.asyncio
async def test_async_full_iteration_and_manual_anext(target) -> None:
    log: List[str] = []
    stream = await _async_stream(target, log, n=2)
    assert [c["n"] async for c in stream] == [0, 1]
    assert log == ["sent 0", "sent 1", "closed"]

    log2: List[str] = []
    stream2 = await _async_stream(target, log2, n=3)
    # driving __anext__ by hand does not close anything until close()
    assert await stream2.__anext__() == {"n": 0}
    assert "closed" not in log2
    await stream2.close()
    await stream2.close()
    assert log2 == ["sent 0", "closed"]
