# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Server-sent events: a decoder and the `Stream` / `AsyncStream` iterators over typed chunks."""

from __future__ import annotations

import json
import sys
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Set,
    Type,
    TypeVar,
    Union,
    cast,
)

import httpx
from typing_extensions import Literal, Self, get_args, override

from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    StreamInterruptedError,
    body_excerpt,
    error_message_from_body,
)

if TYPE_CHECKING:
    import asyncio

    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["ServerSentEvent", "SSEDecoder", "IncompleteEventError", "Stream", "AsyncStream"]

_T = TypeVar("_T")


class IncompleteEventError(ValueError):
    """Raised by an `SSEDecoder(incomplete="raise")` when the body ends inside an event."""

    partial: str
    """The start of the unfinished event (at most 200 characters)."""

    last_event_id: Optional[str]

    def __init__(self, partial: str, last_event_id: Optional[str]) -> None:
        super().__init__(f"The event stream ended inside an event: {partial!r}")
        self.partial = partial
        self.last_event_id = last_event_id


class ServerSentEvent:
    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.event = event
        self.data = data if data is not None else ""
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    @override
    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry})"


class SSEDecoder:
    """Incremental decoder of a `text/event-stream` body.

    Handles `data:` (multi-line), `event:`, `id:`, `retry:`, `:` comments, LF / CRLF / CR line
    ends (also when a CRLF is split across chunks), lines split across chunks, and a leading BOM.

    `incomplete` says what happens when the body ends inside an event (after some of its lines but
    before the blank line that completes it): `"dispatch"` delivers what was received as a last
    event, `"raise"` raises `IncompleteEventError` (an event whose data is `[DONE]` still counts
    as delivered, as that marker carries nothing that could have been cut).
    """

    __slots__ = ("_data", "_event", "_last_id", "_retry", "_buffer", "_pending_cr", "_started", "_raise_incomplete")

    def __init__(self, *, incomplete: Literal["dispatch", "raise"] = "dispatch") -> None:
        self._raise_incomplete = incomplete == "raise"
        self._data: List[str] = []
        self._event: Optional[str] = None
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None
        self._buffer = b""
        self._pending_cr = False
        self._started = False

    def _split(self, chunk: bytes) -> List[bytes]:
        if self._pending_cr:
            self._pending_cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        data = self._buffer + chunk if self._buffer else chunk
        if not data:
            return []
        lines = data.splitlines(keepends=True)
        last = lines[-1]
        if last[-1:] == b"\n":
            self._buffer = b""
        elif last[-1:] == b"\r":
            self._buffer = b""
            self._pending_cr = True
        else:
            self._buffer = lines.pop()
        return lines

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        decode = self.decode
        for chunk in iterator:
            for raw in self._split(chunk):
                sse = decode(raw.rstrip(b"\r\n").decode("utf-8"))
                if sse is not None:
                    yield sse
        yield from self._finish()

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        decode = self.decode
        async for chunk in iterator:
            for raw in self._split(chunk):
                sse = decode(raw.rstrip(b"\r\n").decode("utf-8"))
                if sse is not None:
                    yield sse
        for sse in self._finish():
            yield sse

    @property
    def last_event_id(self) -> Optional[str]:
        """The value of the last `id:` field received."""
        return self._last_id

    def pending_excerpt(self) -> Optional[str]:
        """The start of the event being received (its lines so far), `None` between two events."""
        lines: List[str] = []
        if self._event is not None:
            lines.append(f"event: {self._event}")
        lines.extend(f"data: {line}" for line in self._data)
        if self._retry is not None:
            lines.append(f"retry: {self._retry}")
        if self._buffer:
            lines.append(self._buffer.decode("utf-8", errors="replace"))
        if not lines:
            return None
        return body_excerpt("\n".join(lines))

    def _finish(self) -> Iterator[ServerSentEvent]:
        """End of the body: an unterminated last line and a pending event are delivered, or
        raise `IncompleteEventError` with `incomplete="raise"`."""
        excerpt = self.pending_excerpt() if self._raise_incomplete else None
        if self._buffer:
            raw, self._buffer = self._buffer, b""
            sse = self.decode(raw.rstrip(b"\r\n").decode("utf-8"))
            if sse is not None:
                yield sse
        sse = self.decode("")
        if sse is None:
            return
        if excerpt is not None and not sse.data.startswith("[DONE]"):
            raise IncompleteEventError(excerpt, self._last_id)
        yield sse

    def iter_lines(self, lines: Iterator[str]) -> Iterator[ServerSentEvent]:
        for line in lines:
            sse = self.decode(line.rstrip("\r\n"))
            if sse is not None:
                yield sse

    def decode(self, line: str) -> Optional[ServerSentEvent]:
        """Feeds one line (without its line end); returns an event when a blank line completes one."""
        if not self._started:
            self._started = True
            if line[:1] == "\ufeff":
                line = line[1:]
        if not line:
            if not self._data and self._event is None and self._retry is None:
                return None
            sse = ServerSentEvent(event=self._event, data="\n".join(self._data), id=self._last_id, retry=self._retry)
            self._data = []
            self._event = None
            self._retry = None
            return sse

        if line[0] == ":":
            return None
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            try:
                self._retry = int(value)
            except ValueError:
                pass
        return None


def _expects_event_envelope(cast_to: Any) -> bool:
    """True when chunks are `{"event": <sse event name>, "data": <payload>}` objects."""
    from ._models import is_basemodel_type
    from ._utils._transform import PropertyInfo
    from ._utils._typing import annotated_metadata, is_union_type, strip_annotated_type

    for entry in annotated_metadata(cast_to):
        if isinstance(entry, PropertyInfo) and entry.discriminator == "event":
            return True
    inner = strip_annotated_type(cast_to)
    if is_union_type(inner):
        # a union of unions (`AssistantStreamEvent` groups the run, step and message events)
        members = get_args(inner)
        return bool(members) and all(_expects_event_envelope(member) for member in members)
    if not is_basemodel_type(inner):
        return False
    fields = cast(Dict[str, Any], inner.model_fields)
    return "event" in fields and "data" in fields


def _raise_for_error_event(sse: ServerSentEvent, payload: object, response: httpx.Response) -> None:
    message = error_message_from_body(payload, "An error occurred during streaming")
    body: object = cast(Dict[str, Any], payload).get("error", payload) if isinstance(payload, dict) else payload
    raise APIError(message=message, request=response.request, body=body)


def _invalid_event(data: str, err: ValueError, response: httpx.Response) -> APIResponseValidationError:
    return APIResponseValidationError(
        response=response,
        body=data,
        message=f"An event of the stream is not valid JSON ({err}): {body_excerpt(data)!r}",
    )


def _interrupted(
    decoder: SSEDecoder, response: httpx.Response, err: Union[IncompleteEventError, httpx.TransportError]
) -> Union[StreamInterruptedError, APITimeoutError]:
    """The error for a stream that stopped early: the body ended inside an event, or reading failed."""
    if isinstance(err, httpx.TimeoutException):
        return APITimeoutError(request=response.request)
    if isinstance(err, IncompleteEventError):
        partial: Optional[str] = err.partial
        cause = "the server closed the connection before the event was complete"
    else:
        partial = decoder.pending_excerpt()
        cause = f"reading the body failed ({type(err).__name__}: {err})"
    where = "inside an event" if partial is not None else "before it was complete"
    message = f"The event stream ended {where}: {cause}."
    if partial is not None:
        message += f" Received so far: {partial!r}"
    return StreamInterruptedError(
        message=message, request=response.request, partial_event=partial, last_event_id=decoder.last_event_id
    )


def _loads_or_text(data: str) -> object:
    try:
        return json.loads(data)
    except ValueError:
        return data


class Stream(Generic[_T]):
    """The chunks of a streamed response, typed and decoded as they arrive.

    Iterate it (`for chunk in stream`), or use it as a context manager; leaving the loop early,
    `close()` or the end of the `with` block closes the HTTP response.
    """

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: Type[_T],
        response: httpx.Response,
        client: SyncAPIClient,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = SSEDecoder(incomplete="raise")
        self._convert: Callable[[object], Any] = client._chunk_converter(cast_to, response)
        self._envelope = _expects_event_envelope(cast_to)
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        # A fresh iterator object per loop: a `for` loop drops it on `break`, `return` or an
        # exception, and dropping it closes the response at once (see `_StreamIterator`).
        return _StreamIterator(self)

    def __stream__(self) -> Generator[_T, None, None]:
        convert = self._convert
        envelope = self._envelope
        response = self.response
        loads = json.loads
        decoder = self._decoder
        try:
            for sse in decoder.iter_bytes(response.iter_bytes()):
                data = sse.data
                if data.startswith("[DONE]"):
                    break
                event = sse.event
                if event == "error":
                    _raise_for_error_event(sse, _loads_or_text(data), response)
                if not data:
                    continue
                try:
                    payload: Any = loads(data)
                except ValueError as err:
                    raise _invalid_event(data, err, response) from err
                # not type(payload): pyright would narrow `Any` to a dict of unknowns
                if payload.__class__ is dict:
                    fields = cast(Dict[str, Any], payload)
                    if fields.get("error"):
                        _raise_for_error_event(sse, fields, response)
                    if envelope and event is not None and "event" not in fields:
                        payload = {"event": event, "data": fields}
                yield convert(payload)
        except (IncompleteEventError, httpx.TransportError) as err:
            raise _interrupted(decoder, response, err) from err
        finally:
            response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Closes the HTTP response (idempotent)."""
        try:
            self._iterator.close()
        except ValueError:
            # closed from inside the generator itself (e.g. a chunk converter): the response
            # close below is what matters
            pass
        self.response.close()


class AsyncStream(Generic[_T]):
    """The async counterpart of `Stream`: `async for chunk in stream`, `async with stream`.

    Leaving an `async for` early starts closing the response at once (see
    `_AsyncStreamIterator`); `async with stream:` closes it before the block is left, on any
    Python version and event loop.
    """

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: Type[_T],
        response: httpx.Response,
        client: AsyncAPIClient,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = SSEDecoder(incomplete="raise")
        self._convert: Callable[[object], Any] = client._chunk_converter(cast_to, response)
        self._envelope = _expects_event_envelope(cast_to)
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[_T]:
        # Not an async generator: those are only finalized by the event loop's asyncgen hooks,
        # some loop turns after an `async for` was left. The iterator object is dropped by the
        # loop at once, and dropping it starts closing the response (see `_AsyncStreamIterator`).
        return _AsyncStreamIterator(self)

    async def __stream__(self) -> AsyncGenerator[_T, None]:
        convert = self._convert
        envelope = self._envelope
        response = self.response
        loads = json.loads
        decoder = self._decoder
        try:
            async for sse in decoder.aiter_bytes(response.aiter_bytes()):
                data = sse.data
                if data.startswith("[DONE]"):
                    break
                event = sse.event
                if event == "error":
                    _raise_for_error_event(sse, _loads_or_text(data), response)
                if not data:
                    continue
                try:
                    payload: Any = loads(data)
                except ValueError as err:
                    raise _invalid_event(data, err, response) from err
                # not type(payload): pyright would narrow `Any` to a dict of unknowns
                if payload.__class__ is dict:
                    fields = cast(Dict[str, Any], payload)
                    if fields.get("error"):
                        _raise_for_error_event(sse, fields, response)
                    if envelope and event is not None and "event" not in fields:
                        payload = {"event": event, "data": fields}
                yield convert(payload)
        except (IncompleteEventError, httpx.TransportError) as err:
            raise _interrupted(decoder, response, err) from err
        finally:
            await response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Closes the HTTP response (idempotent)."""
        try:
            await self._iterator.aclose()
        except RuntimeError:
            # the generator is being iterated by another task right now; closing the response
            # ends that iteration too
            pass
        await self.response.aclose()


class _StreamIterator(Generic[_T]):
    """What `for chunk in stream` iterates; closes the stream when the loop lets go of it.

    Python tells an iterator nothing on `break`; the loop only releases it. On CPython that
    release runs `__del__` immediately, so leaving a loop early closes the response before the
    next statement runs, without waiting for a garbage collection.
    """

    __slots__ = ("_stream", "_next", "__weakref__")

    def __init__(self, stream: Stream[_T]) -> None:
        self._stream = stream
        self._next = stream._iterator.__next__

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> _T:
        return self._next()

    def __del__(self) -> None:
        stream = getattr(self, "_stream", None)
        if stream is not None and not stream.response.is_closed:
            stream.close()


class _AsyncStreamIterator(Generic[_T]):
    """What `async for chunk in stream` iterates; closes the stream when the loop lets go of it.

    `__del__` cannot await, so the close runs as a task started on the running loop right away:
    eagerly on Python 3.12+ (it completes before the next statement unless the transport has to
    wait for the network), otherwise at the loop's next turn. Use `async with stream:` when the
    connection must be released at a known point on every Python version and event loop.
    """

    __slots__ = ("_stream", "_next", "__weakref__")

    def __init__(self, stream: AsyncStream[_T]) -> None:
        self._stream = stream
        self._next = stream._iterator.__anext__

    def __aiter__(self) -> Self:
        return self

    def __anext__(self) -> Awaitable[_T]:
        return self._next()

    def __del__(self) -> None:
        stream = getattr(self, "_stream", None)
        if stream is None or stream.response.is_closed:
            return
        try:
            import asyncio

            loop = asyncio.get_running_loop()
        except (ImportError, RuntimeError):
            # no asyncio loop in this thread (another event loop, or interpreter shutdown):
            # the response is closed by `async with` / `close()` or when it is collected
            return
        _start_close_task(loop, stream.close())


# Tasks started from `__del__` are kept alive here until done (the loop keeps only weak refs).
_closing_tasks: Set[Any] = set()


def _start_close_task(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, None]) -> None:
    import asyncio

    if sys.version_info >= (3, 12):
        task = asyncio.Task(coro, loop=loop, eager_start=True)
    else:
        task = loop.create_task(coro)
    if not task.done():
        _closing_tasks.add(task)
        task.add_done_callback(_closing_tasks.discard)


def is_stream_class_type(tp: object) -> bool:
    origin = getattr(tp, "__origin__", tp)
    return isinstance(origin, type) and issubclass(origin, (Stream, AsyncStream))


def extract_stream_chunk_type(stream_cls: object) -> Any:
    args = get_args(stream_cls)
    if not args:
        raise TypeError(f"Expected a parametrised stream class like Stream[Chunk], got {stream_cls!r}")
    return args[0]
