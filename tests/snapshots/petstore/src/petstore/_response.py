# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Response wrappers: `APIResponse` (raw access + `.parse()`), binary content, and the
`with_raw_response` / `with_streaming_response` method wrappers."""

from __future__ import annotations

import datetime
import functools
import inspect
import json
import os
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import anyio
import httpx
from typing_extensions import ParamSpec, get_origin

from ._constants import (
    RAW_RESPONSE_CLASS_HEADER as RAW_RESPONSE_CLASS_HEADER,
)
from ._constants import (
    RAW_RESPONSE_HEADER as RAW_RESPONSE_HEADER,
)
from ._constants import (
    RESPONSE_MODE_RAW,
    RESPONSE_MODE_STREAM,
)
from ._exceptions import APIResponseValidationError, PetstoreError, body_excerpt
from ._streaming import extract_stream_chunk_type, is_stream_class_type
from ._types import NoneType, NotGiven

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._request_options import FinalRequestOptions

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "RawAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "HttpxBinaryResponseContent",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_raw_response_wrapper",
    "async_to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
# JSON lines media types (`application/x-ndjson` and its aliases): one JSON value per line
_JSON_LINES = frozenset(
    {
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        "application/jsonlines",
    }
)
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")
_RawAPIResponseT = TypeVar("_RawAPIResponseT", bound="RawAPIResponse[Any]")


class StreamAlreadyConsumed(PetstoreError):
    """The body of a streamed response was already read by iterating it."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream content, but the content has already been streamed. "
            "Call `.read()` (or `await .read()`) before iterating if you need the content more than once."
        )


def _write_chunks(file: Union[str, "os.PathLike[str]"], chunks: Iterator[bytes]) -> None:
    with open(file, mode="wb") as handle:
        for data in chunks:
            handle.write(data)


async def _awrite_chunks(file: Union[str, "os.PathLike[str]"], chunks: AsyncIterator[bytes]) -> None:
    path = anyio.Path(file)
    async with await path.open(mode="wb") as handle:
        async for data in chunks:
            await handle.write(data)


def _unusable_body(response: httpx.Response, problem: str, expected: str = "a JSON") -> APIResponseValidationError:
    """The error for a successful response that cannot hold the JSON (or XML) value the call returns."""
    text = response.text
    content_type = response.headers.get("content-type")
    return APIResponseValidationError(
        response=response,
        body=text or None,
        message=(
            f"Expected {expected} body in the {response.status_code} response to "
            f"{response.request.method} {response.request.url.path}, but {problem}; "
            f"Content-Type: {content_type or 'none'}; body: {body_excerpt(text)!r}"
        ),
    )


class HttpxBinaryResponseContent:
    """The body of a binary endpoint (audio, file content ...)."""

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        """Writes the whole body to `file`."""
        _write_chunks(file, self.response.iter_bytes())

    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        """Writes the body to `file` chunk by chunk."""
        _write_chunks(file, self.response.iter_bytes(chunk_size))

    def close(self) -> None:
        return self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for data in self.response.aiter_bytes(chunk_size):
            yield data

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for data in self.response.aiter_text(chunk_size):
            yield data

    async def aiter_lines(self) -> AsyncIterator[str]:
        async for line in self.response.aiter_lines():
            yield line

    async def awrite_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        await _awrite_chunks(file, self.response.aiter_bytes())

    async def astream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        await _awrite_chunks(file, self.response.aiter_bytes(chunk_size))

    async def aclose(self) -> None:
        return await self.response.aclose()


class BaseAPIResponse(Generic[R]):
    _cast_to: Type[R]
    _client: BaseClient[Any, Any]
    _parsed_by_type: Dict[Any, Any]
    _is_sse_stream: bool
    _stream_cls: Optional[Any]
    _options: FinalRequestOptions

    http_response: httpx.Response
    retries_taken: int
    """How many retries were needed before this response (0 for the first attempt)."""

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Type[R],
        client: BaseClient[Any, Any],
        stream: bool,
        stream_cls: Optional[Any],
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self._cast_to = cast_to
        self._client = client
        self._parsed_by_type = {}
        self._is_sse_stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of reading the response."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        request_id: Optional[str] = self.http_response.headers.get("x-request-id")
        return request_id

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )

    def _parse(self, *, to: Optional[Any] = None) -> Any:
        cast_to: Any = to if to is not None else self._cast_to
        response = self.http_response
        client = self._client

        if self._is_sse_stream:
            if to is not None and is_stream_class_type(to):
                stream_cls: Any = to
            elif self._stream_cls is not None:
                stream_cls = self._stream_cls
            else:
                stream_cls = client._default_stream_cls
                if stream_cls is None:
                    raise TypeError("Expected `stream_cls` to be given for a streamed request")
                stream_cls = stream_cls[cast_to]
            origin = get_origin(stream_cls) or stream_cls
            return origin(cast_to=extract_stream_chunk_type(stream_cls), response=response, client=client)

        if cast_to is NoneType or cast_to is None:
            return None
        if cast_to is str:
            return response.text
        if cast_to is bytes:
            return response.content
        if cast_to is int:
            return int(response.text)
        if cast_to is float:
            return float(response.text)
        if cast_to is bool:
            return response.text.strip().lower() == "true"

        origin = get_origin(cast_to) or cast_to
        if inspect.isclass(origin):
            if issubclass(origin, HttpxBinaryResponseContent):
                return cast_to(response)
            if issubclass(origin, httpx.Response):
                return response
            if issubclass(origin, BaseAPIResponse):
                raise TypeError("Cannot cast a response to an APIResponse class; use `with_raw_response` instead")

        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in _JSON_LINES:
            # one JSON value per line: the method's type is a list of them
            try:
                data = [json.loads(line) for line in response.text.splitlines() if line.strip()]
            except ValueError as err:
                raise _unusable_body(response, f"a line is not valid JSON ({err})") from err
            return client._process_response_data(data=data, cast_to=cast_to, response=response)
        if content_type and not content_type.endswith("json"):
            # The server says the body is something else than JSON (e.g. `text/plain` for a
            # transcript in text format): a model is still built when the body is JSON anyway.
            # A call that returns only a model never hands back the text instead (an HTML page of
            # a proxy is not a `ChatCompletion`); a call whose type admits text (a union with
            # `str`, `object`) returns it, as the official library does.
            from ._models import is_basemodel_type

            if is_basemodel_type(cast_to):
                try:
                    data = response.json()
                except ValueError:
                    raise _unusable_body(response, f"the body is `{content_type}`") from None
                return client._process_response_data(data=data, cast_to=cast_to, response=response)
            if client._strict_response_validation:
                raise APIResponseValidationError(
                    response=response,
                    body=response.text,
                    message=(
                        f"Expected Content-Type response header to be `application/json` "
                        f"but received `{content_type}` instead."
                    ),
                )
            return response.text

        # A JSON value is expected: the server says the body is JSON, or says nothing.
        if not response.content:
            if response.status_code in (204, 205) or response.request.method == "HEAD":
                return None
            raise _unusable_body(response, "the body is empty")
        try:
            data = response.json()
        except ValueError as err:
            raise _unusable_body(response, f"the body is not valid JSON ({err})") from err
        return client._process_response_data(data=data, cast_to=cast_to, response=response)

    def _parse_cached(self, to: Optional[Any]) -> Any:
        key = to if to is not None else self._cast_to
        try:
            return self._parsed_by_type[key]
        except (KeyError, TypeError):
            pass
        parsed = self._post_parse(self._parse(to=to))
        try:
            self._parsed_by_type[key] = parsed
        except TypeError:
            pass
        return parsed

    def _post_parse(self, parsed: Any) -> Any:
        post_parser = self._options.post_parser
        if not isinstance(post_parser, NotGiven):
            return post_parser(parsed)
        return parsed


class RawAPIResponse(BaseAPIResponse[R]):
    """What `.with_raw_response` returns, from the sync and the async client alike: the body has
    been read before the call returns, so `.parse()`, `.content` and `.text` need no `await`
    (as with the official library; only `.with_streaming_response` responses are awaited)."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The parsed body (cached). `to=` parses into another type instead."""
        return cast(Union[R, _T], self._parse_cached(to))

    @property
    def content(self) -> bytes:
        """The body as bytes."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body decoded with the response's charset."""
        return self.http_response.text

    def json(self) -> object:
        return self.http_response.json()

    def read(self) -> bytes:
        return self.http_response.content


class APIResponse(BaseAPIResponse[R]):
    """A response of `.with_streaming_response`: the body is read when you ask, then `.parse()`
    returns what the method normally returns."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The parsed body (cached). `to=` parses into another type instead."""
        if not self._is_sse_stream:
            self.read()
        return cast(Union[R, _T], self._parse_cached(to))

    def read(self) -> bytes:
        """The whole body (read once, then cached)."""
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        for chunk in self.http_response.iter_bytes(chunk_size):
            yield chunk

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        for chunk in self.http_response.iter_text(chunk_size):
            yield chunk

    def iter_lines(self) -> Iterator[str]:
        for line in self.http_response.iter_lines():
            yield line


class AsyncAPIResponse(BaseAPIResponse[R]):
    """The async counterpart of `APIResponse`: `await response.parse()`."""

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    async def parse(self) -> R: ...

    async def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        if not self._is_sse_stream:
            await self.read()
        return cast(Union[R, _T], self._parse_cached(to))

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line


class BinaryAPIResponse(RawAPIResponse[HttpxBinaryResponseContent]):
    """A raw response of a binary endpoint; `.parse()` gives the `HttpxBinaryResponseContent`."""

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        _write_chunks(file, iter([self.http_response.content]))


class AsyncBinaryAPIResponse(RawAPIResponse[HttpxBinaryResponseContent]):
    async def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        await anyio.Path(file).write_bytes(self.http_response.content)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A streamed response of a binary endpoint: `.parse()` reads the body into `bytes`, or
    `.stream_to_file()` / `.iter_bytes()` consume it in chunks."""

    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        _write_chunks(file, self.iter_bytes(chunk_size))


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        await _awrite_chunks(file, self.iter_bytes(chunk_size))


# ------------------------------------------------------------------------------------------
# Method wrappers used by the generated `*WithRawResponse` / `*WithStreamingResponse` classes.
# They pass an internal header that the client strips; the client then returns the
# `APIResponse` instead of the parsed value (and, for streaming, does not read the body).
# ------------------------------------------------------------------------------------------

RAW = RESPONSE_MODE_RAW
STREAM = RESPONSE_MODE_STREAM


def _with_mode(kwargs: Dict[str, Any], mode: str, response_cls: Optional[type] = None) -> Dict[str, Any]:
    headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = mode
    if response_cls is not None:
        headers[RAW_RESPONSE_CLASS_HEADER] = response_cls
    kwargs["extra_headers"] = headers
    return kwargs


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, RawAPIResponse[R]]:
    """`client.files.with_raw_response.retrieve("id")` -> `RawAPIResponse[FileObject]`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawAPIResponse[R]:
        return cast(RawAPIResponse[R], func(*args, **_with_mode(kwargs, RAW)))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawAPIResponse[R]:
        return cast(RawAPIResponse[R], await func(*args, **_with_mode(kwargs, RAW)))

    return wrapped


def to_custom_raw_response_wrapper(
    func: Callable[P, object], response_cls: Type[_RawAPIResponseT]
) -> Callable[P, _RawAPIResponseT]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> _RawAPIResponseT:
        return cast(_RawAPIResponseT, func(*args, **_with_mode(kwargs, RAW, response_cls)))

    return wrapped


def async_to_custom_raw_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: Type[_RawAPIResponseT]
) -> Callable[P, Awaitable[_RawAPIResponseT]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> _RawAPIResponseT:
        return cast(_RawAPIResponseT, await func(*args, **_with_mode(kwargs, RAW, response_cls)))

    return wrapped


class ResponseContextManager(Generic[_APIResponseT]):
    """`with ... as response:`: sends the request on enter, closes the response on exit."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_APIResponseT] = None

    def __enter__(self) -> _APIResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    """`async with ... as response:`."""

    def __init__(self, api_request: Awaitable[_AsyncAPIResponseT]) -> None:
        self._api_request = api_request
        self._response: Optional[_AsyncAPIResponseT] = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self._response = await self._api_request
        return self._response

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """`with client.files.with_streaming_response.content("id") as response: ...`"""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        call = functools.partial(func, *args, **_with_mode(kwargs, STREAM))
        return ResponseContextManager(cast(Callable[[], APIResponse[R]], call))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        api_request = func(*args, **_with_mode(kwargs, STREAM))
        return AsyncResponseContextManager(cast(Awaitable[AsyncAPIResponse[R]], api_request))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[P, object], response_cls: Type[_APIResponseT]
) -> Callable[P, ResponseContextManager[_APIResponseT]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[_APIResponseT]:
        call = functools.partial(func, *args, **_with_mode(kwargs, STREAM, response_cls))
        return ResponseContextManager(cast(Callable[[], _APIResponseT], call))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: Type[_AsyncAPIResponseT]
) -> Callable[P, AsyncResponseContextManager[_AsyncAPIResponseT]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[_AsyncAPIResponseT]:
        api_request = func(*args, **_with_mode(kwargs, STREAM, response_cls))
        return AsyncResponseContextManager(cast(Awaitable[_AsyncAPIResponseT], api_request))

    return wrapped
