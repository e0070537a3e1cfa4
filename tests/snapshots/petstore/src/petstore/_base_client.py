# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""The HTTP machinery shared by every client: request building, retries, timeouts, headers,
logging, error mapping, response parsing and pagination plumbing."""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import random
import re
import sys
import time
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterable,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import httpx
from typing_extensions import Literal, Self, get_origin, override

from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    INTERNAL_HEADERS,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RAW_RESPONSE_CLASS_HEADER,
    RAW_RESPONSE_HEADER,
    RESPONSE_MODE_STREAM,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._files import async_to_httpx_files, to_httpx_files
from ._qs import Querystring
from ._qs import _default as _default_querystring
from ._request_options import FinalRequestOptions
from ._types import (
    Body,
    Headers,
    NotGiven,
    Omit,
    PostParser,
    Query,
    RequestFiles,
    RequestOptions,
    ResponseT,
    not_given,
)
from ._utils import is_given, is_mapping, lru_cache, redact_headers, redact_url

# pydantic (through `_models` and the page classes), the response wrappers and the stream classes
# (and their own imports) load with the first request that needs them, not with `import petstore`.
if TYPE_CHECKING:
    from ._pages import BaseAsyncPage, BasePage, BaseSyncPage
    from ._response import BaseAPIResponse
    from ._streaming import AsyncStream, Stream

log: logging.Logger = logging.getLogger(__name__)

PLATFORM_HEADER_PREFIX = "X-Sdkgen"
RETRY_COUNT_HEADER = f"{PLATFORM_HEADER_PREFIX}-Retry-Count"
TIMEOUT_HEADER = f"{PLATFORM_HEADER_PREFIX}-Timeout"
_RETRY_COUNT_KEY = RETRY_COUNT_HEADER.lower()
_TIMEOUT_KEY = TIMEOUT_HEADER.lower()
IDEMPOTENCY_KEY_PREFIX = "petstore-python-retry-"

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound="Union[Stream[Any], AsyncStream[Any]]")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")
_StreamT = TypeVar("_StreamT", bound="Stream[Any]")
_AsyncStreamT = TypeVar("_AsyncStreamT", bound="AsyncStream[Any]")


# ------------------------------------------------------------------------------------------
# Pagination plumbing (the page models themselves are in `_pages`)
# ------------------------------------------------------------------------------------------


class PageInfo:
    """Where the next page is: a full `url`, or `params` (query) / `json` (body) to merge."""

    url: Union[httpx.URL, NotGiven]
    params: Union[Query, NotGiven]
    json: Union[Body, NotGiven]

    def __init__(
        self,
        *,
        url: Union[httpx.URL, NotGiven] = not_given,
        params: Union[Query, NotGiven] = not_given,
        json: Union[Body, NotGiven] = not_given,
    ) -> None:
        self.url = url
        self.params = params
        self.json = json

    @override
    def __repr__(self) -> str:
        if is_given(self.url):
            return f"{self.__class__.__name__}(url={self.url})"
        if is_given(self.json):
            return f"{self.__class__.__name__}(json={self.json})"
        return f"{self.__class__.__name__}(params={self.params})"


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """Returned by async list methods: `await` it for the first page, or `async for` over all items."""

    def __init__(
        self,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        page_cls: Type[AsyncPageT],
        model: Type[_T],
    ) -> None:
        self._model = model
        self._client = client
        self._options = options
        self._page_cls = page_cls

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        def _parser(resp: AsyncPageT) -> AsyncPageT:
            resp._set_private_attributes(model=self._model, options=self._options, client=self._client)
            return resp

        options = self._options.copy(post_parser=_parser)
        return await self._client.request(self._page_cls, options)

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item


# ------------------------------------------------------------------------------------------
# Platform details sent with each request
# ------------------------------------------------------------------------------------------


# `platform`, `uuid` and `anyio` are imported where used: each costs import time that a
# client which never needs them (sync, GET only...) should not pay.


def get_platform() -> str:
    import platform

    system = platform.system().lower()
    if sys.platform == "ios" or system == "ios":
        return "iOS"
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if system == "linux":
        return "Linux"
    if "android" in system:
        return "Android"
    if system == "freebsd":
        return "FreeBSD"
    if system == "openbsd":
        return "OpenBSD"
    if not system:
        return "Unknown"
    return f"Other:{system}"


def get_architecture() -> str:
    import platform

    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine.startswith("arm"):
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if sys.maxsize <= 2**32 and machine in ("i386", "i686", "x86"):
        return "x32"
    if not machine:
        return "unknown"
    return f"other:{machine}"


@lru_cache(maxsize=None)
def platform_headers(version: str) -> Dict[str, str]:
    import platform

    return {
        f"{PLATFORM_HEADER_PREFIX}-Lang": "python",
        f"{PLATFORM_HEADER_PREFIX}-Package-Version": version,
        f"{PLATFORM_HEADER_PREFIX}-OS": get_platform(),
        f"{PLATFORM_HEADER_PREFIX}-Arch": get_architecture(),
        f"{PLATFORM_HEADER_PREFIX}-Runtime": platform.python_implementation(),
        f"{PLATFORM_HEADER_PREFIX}-Runtime-Version": platform.python_version(),
    }


# ------------------------------------------------------------------------------------------
# httpx clients with the library defaults
# ------------------------------------------------------------------------------------------


def _with_defaults(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class _DefaultHttpxClient(httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class _DefaultAsyncHttpxClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


if TYPE_CHECKING:
    DefaultHttpxClient = httpx.Client
    """An `httpx.Client` with the library defaults (timeout, connection limits, redirects).

    Use it to customise the http client while keeping those defaults.
    """

    DefaultAsyncHttpxClient = httpx.AsyncClient
    """An `httpx.AsyncClient` with the library defaults."""

    DefaultAioHttpClient = httpx.AsyncClient
    """An `httpx.AsyncClient` on the aiohttp transport (needs the `aiohttp` extra)."""
else:
    DefaultHttpxClient = _DefaultHttpxClient
    DefaultAsyncHttpxClient = _DefaultAsyncHttpxClient

_aiohttp_client_cls: Optional[type] = None


def _make_aiohttp_client_cls() -> type:
    """Built on first use so that `import petstore` does not import aiohttp."""
    global _aiohttp_client_cls
    if _aiohttp_client_cls is not None:
        return _aiohttp_client_cls
    try:
        import httpx_aiohttp  # type: ignore[import-not-found, unused-ignore]  # pyright: ignore[reportMissingImports] - the optional `aiohttp` extra
    except ImportError:

        class _MissingAioHttpClient(httpx.AsyncClient):
            def __init__(self, **_kwargs: Any) -> None:
                raise RuntimeError(
                    "To use the aiohttp client you must have installed the package with the `aiohttp` extra: "
                    "pip install 'petstore[aiohttp]'"
                )

        _aiohttp_client_cls = _MissingAioHttpClient
    else:

        class _DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):  # type: ignore[misc, name-defined, unused-ignore]
            def __init__(self, **kwargs: Any) -> None:
                super().__init__(**_with_defaults(kwargs))  # pyright: ignore[reportUnknownMemberType]

        _aiohttp_client_cls = _DefaultAioHttpClient
    return _aiohttp_client_cls


def __getattr__(name: str) -> Any:
    if name == "DefaultAioHttpClient":
        return _make_aiohttp_client_cls()
    # Moved out of this module (they need pydantic); still importable from here.
    if name in ("BasePage", "BaseSyncPage", "BaseAsyncPage"):
        from . import _pages

        return getattr(_pages, name)
    if name == "BaseAPIResponse":
        from ._response import BaseAPIResponse

        return BaseAPIResponse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SyncHttpxClientWrapper(_DefaultHttpxClient):
    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class AsyncHttpxClientWrapper(_DefaultAsyncHttpxClient):
    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            # No event loop to await on here: close the transport pools best effort.
            import asyncio

            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:
            pass


class ForceMultipartDict(Dict[str, Any]):
    """An empty `files` value that still makes httpx encode the body as multipart."""

    def __bool__(self) -> bool:
        return True


# ------------------------------------------------------------------------------------------
# Clients
# ------------------------------------------------------------------------------------------


def _unwrap_error_body(body: object) -> object:
    """`{"error": {...}}` -> the inner object; any other body as it came."""
    inner = body.get("error") if is_mapping(body) else None
    return inner if is_mapping(inner) else body


class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    _client: _HttpxClientT
    _version: Optional[str]
    _base_url: httpx.URL
    max_retries: int
    timeout: Union[float, httpx.Timeout, None]
    _strict_response_validation: bool
    _idempotency_header: Optional[str] = "Idempotency-Key"
    # (base URL, its string form, or None when it has a query or fragment): see `_prepare_url`.
    _base_url_prefix: Optional[Tuple[httpx.URL, Optional[str]]] = None

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        self._version = version
        self._base_url = self._enforce_trailing_slash(httpx.URL(str(base_url)))
        self.max_retries = max_retries
        self.timeout = timeout
        self._custom_headers = custom_headers or {}
        self._custom_query = custom_query or {}
        self._strict_response_validation = _strict_response_validation
        if max_retries is None:  # pyright: ignore[reportUnnecessaryComparison]
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited "
                "retries, pass `sys.maxsize`."
            )

    def _enforce_trailing_slash(self, url: httpx.URL) -> httpx.URL:
        if url.raw_path.endswith(b"/"):
            return url
        return url.copy_with(raw_path=url.raw_path + b"/")

    # -- errors -------------------------------------------------------------------------

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        # As the official library: the message is the status and the whole decoded body, and
        # `.body` is the API's `error` object when the body wraps one.
        if response.is_closed and not response.is_stream_consumed:
            # A streamed response closed before its body was read: the body is unavailable.
            body: object = None
            message = f"Error code: {response.status_code}"
        else:
            text = response.text.strip()
            body = text
            try:
                body = json.loads(text)
            except ValueError:
                message = text or f"Error code: {response.status_code}"
            else:
                message = f"Error code: {response.status_code} - {body}"
        return self._make_status_error(message, body=_unwrap_error_body(body), response=response)

    def _make_status_error(self, message: str, *, body: object, response: httpx.Response) -> APIStatusError:
        return status_error_class(response.status_code)(message, response=response, body=body)

    # -- request building ---------------------------------------------------------------

    @property
    def qs(self) -> Querystring:
        return _default_querystring

    @property
    def _default_stream_cls(self) -> Optional[Any]:
        """The stream class of a streamed call made without one."""
        return None

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {}

    def _credential_headers(self, credential: str) -> Dict[str, str]:
        """The auth headers of a call that names one of the client's other credentials."""
        raise ValueError(f"This client has no credential {credential!r}")

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            **self.auth_headers,
            **self._custom_headers,
        }

    @property
    def default_query(self) -> Dict[str, object]:
        return {**self._custom_query}

    def _validate_headers(self, headers: httpx.Headers, custom_headers: Mapping[str, object]) -> None:
        """Hook to check the final headers, e.g. that credentials are present."""
        return

    @property
    def user_agent(self) -> str:
        return f"{self.__class__.__name__}/Python {self._version}"

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[httpx.URL, str]) -> None:
        self._base_url = self._enforce_trailing_slash(url if isinstance(url, httpx.URL) else httpx.URL(url))

    def platform_headers(self) -> Dict[str, str]:
        return platform_headers(self._version or "")

    def _idempotency_key(self) -> str:
        import uuid

        return f"{IDEMPOTENCY_KEY_PREFIX}{uuid.uuid4()}"

    def _prepare_url(self, url: str) -> httpx.URL:
        """Joins a relative path onto the base URL; absolute URLs are used as they are."""
        base = self.base_url
        if "://" not in url:
            # The usual case, a path: one parse of the joined string instead of parsing the path
            # and then the joined URL. The base's string form is kept while the base is unchanged.
            cached = self._base_url_prefix
            if cached is None or cached[0] is not base:
                cached = (base, None if base.query or base.fragment else _with_trailing_slash(str(base)))
                self._base_url_prefix = cached
            if cached[1] is not None:
                return httpx.URL(cached[1] + url.lstrip("/"))
        merged = httpx.URL(url)
        if merged.is_relative_url:
            raw_path = base.raw_path + merged.raw_path.lstrip(b"/")
            return base.copy_with(raw_path=raw_path)
        return merged

    def _merge_headers(
        self,
        options: FinalRequestOptions,
        custom: Mapping[str, Union[str, Omit]],
        timeout: Union[float, httpx.Timeout, None],
        *,
        retries_taken: int = 0,
    ) -> Dict[str, Tuple[str, Any]]:
        """The request headers as `{lower-cased name: (name, value)}`: names are case-insensitive and
        a later source wins. A plain dict, turned into `httpx.Headers` once by `_build_request`,
        because each write to `httpx.Headers` scans and re-encodes its whole list. `custom` are the
        call's own headers, `timeout` its effective timeout."""
        merged: Dict[str, Tuple[str, Any]] = {}
        defaults = self.default_headers
        if options.credential is not None:
            defaults = {**defaults, **self._credential_headers(options.credential)}
        for source in (defaults, custom):
            for key, value in source.items():
                lowered = key.lower()
                if lowered in INTERNAL_HEADERS:
                    continue
                if isinstance(value, (Omit, NotGiven)):
                    merged.pop(lowered, None)
                    continue
                raw = cast(object, value)  # the declared type says str; a header param may be a number or a flag
                if isinstance(raw, (int, float)):
                    value = ("true" if raw else "false") if isinstance(raw, bool) else str(raw)
                merged[lowered] = (key, value)

        custom_names = {key.lower() for key in custom}
        if _RETRY_COUNT_KEY not in custom_names:
            merged[_RETRY_COUNT_KEY] = (RETRY_COUNT_HEADER, str(retries_taken))
        if _TIMEOUT_KEY not in custom_names:
            read = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
            if read is not None:
                merged[_TIMEOUT_KEY] = (TIMEOUT_HEADER, str(int(read)) if float(read).is_integer() else str(read))
        idempotency_header = self._idempotency_header
        if idempotency_header and options.method.lower() != "get" and idempotency_header.lower() not in merged:
            if options.idempotency_key is None:
                options.idempotency_key = self._idempotency_key()
            merged[idempotency_header.lower()] = (idempotency_header, options.idempotency_key)
        return merged

    def _build_request(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Request:
        json_data: object = options.json_data
        if options.extra_json is not None:
            if json_data is None:
                json_data = dict(options.extra_json)
            elif is_mapping(json_data):
                json_data = {**json_data, **options.extra_json}
            else:
                raise RuntimeError(
                    f"`extra_body` merges into a JSON object body only, and this body is a {type(json_data)}"
                )

        custom_headers: Mapping[str, Union[str, Omit]] = options.headers if isinstance(options.headers, Mapping) else {}
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        merged = self._merge_headers(options, custom_headers, timeout, retries_taken=retries_taken)
        params: Dict[str, object] = {**self.default_query, **options.params}
        kwargs: Dict[str, Any] = {}

        files: Any = options.files
        content_type_entry = merged.get("content-type")
        content_type = str(content_type_entry[1]) if content_type_entry is not None else ""
        if content_type.lower().startswith("multipart/form-data"):
            if "boundary" not in content_type:
                # httpx writes the header with the boundary it picks.
                del merged["content-type"]
            if json_data is not None:
                if not is_mapping(json_data):
                    raise TypeError(f"Expected a mapping for a multipart body but got {type(json_data)}")
                kwargs["data"] = self._serialize_multipartform(json_data)
            json_data = None
            if not files:
                files = ForceMultipartDict()
        elif content_type.lower().startswith("application/x-www-form-urlencoded") and json_data is not None:
            # a form body: nested objects and lists as `a[b]=1&c[0]=2` (Stripe's encoding; indices keep a list of objects apart)
            if not is_mapping(json_data):
                raise TypeError(f"Expected a mapping for a form body but got {type(json_data)}")
            kwargs["content"] = self.qs.stringify(json_data, array_format="indices").encode("ascii")
            json_data = None
        elif json_data is not None:
            kwargs["json"] = json_data
        if files:
            kwargs["files"] = files
        if options.content is not None:
            kwargs["content"] = options.content
        if json_data is None and not files and options.content is None and "content-type" in merged:
            # Nothing to describe: do not claim a JSON body, unless the call itself gives the header
            # (a spec may require `Content-Type` on every call, GETs included: VTEX's)
            given = any(name.lower() == "content-type" for name in custom_headers)
            if options.method.lower() in ("get", "head", "options", "delete") and not given:
                del merged["content-type"]
        _check_header_lines(merged.values())
        headers = httpx.Headers(list(merged.values()))
        self._validate_headers(headers, custom_headers)

        query: Optional[List[Tuple[str, Any]]] = self.qs.stringify_items(params) if params else None
        return self._client.build_request(
            method=options.method.upper(),
            url=self._prepare_url(options.url),
            headers=headers,
            params=query,
            timeout=timeout,
            **kwargs,
        )

    def _serialize_multipartform(self, data: Mapping[str, object]) -> Dict[str, object]:
        items = self.qs.stringify_items(data, array_format="brackets")
        serialized: Dict[str, object] = {}
        for key, value in items:
            existing = serialized.get(key)
            if existing is None:
                serialized[key] = value
            elif isinstance(existing, list):
                cast(List[object], existing).append(value)
            else:
                serialized[key] = [existing, value]
        return serialized

    # -- retries ------------------------------------------------------------------------

    def _parse_retry_after_header(self, headers: Optional[httpx.Headers]) -> Optional[float]:
        """Seconds to wait from `retry-after-ms`, else `retry-after` (seconds or an HTTP date)."""
        if headers is None:
            return None
        retry_ms = headers.get("retry-after-ms")
        if retry_ms is not None:
            try:
                return float(retry_ms) / 1000
            except ValueError:
                pass
        retry_after = headers.get("retry-after")
        if retry_after is None:
            return None
        try:
            return float(retry_after)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(retry_after)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:  # pyright: ignore[reportUnnecessaryComparison]
            return None  # type: ignore[unreachable, unused-ignore]  # Python < 3.10 returns None for a bad date
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        return (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()

    def _calculate_retry_timeout(
        self, retries_taken: int, options: FinalRequestOptions, headers: Optional[httpx.Headers]
    ) -> float:
        retry_after = self._parse_retry_after_header(headers)
        if retry_after is not None and 0 < retry_after <= MAX_RETRY_AFTER:
            return retry_after
        delay = min(INITIAL_RETRY_DELAY * (2.0 ** min(retries_taken, 32)), MAX_RETRY_DELAY)
        jitter = 1 - 0.25 * random.random()
        return max(delay * jitter, 0.0)

    def _should_retry(self, response: httpx.Response) -> bool:
        should_retry = response.headers.get("x-should-retry", "").strip().lower()
        if should_retry == "true":
            log.debug("Retrying: the response says `x-should-retry: true`")
            return True
        if should_retry == "false":
            log.debug("Not retrying: the response says `x-should-retry: false`")
            return False
        status = response.status_code
        return status in (408, 409, 429) or status >= 500

    # -- response handling --------------------------------------------------------------

    def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any:
        if data is None:
            return None
        if cast_to is object:
            return data
        from pydantic import ValidationError

        from ._models import add_request_id, get_converter, validate_type

        try:
            if self._strict_response_validation:
                result = validate_type(type_=cast_to, value=data)
            else:
                result = get_converter(cast_to, lazy=True)(data)  # `data` was just decoded: ours
        except ValidationError as err:
            raise APIResponseValidationError(response=response, body=data) from err
        add_request_id(result, response.headers.get("x-request-id"))
        return result

    def _chunk_converter(self, cast_to: Any, response: httpx.Response) -> Callable[[object], Any]:
        """Turns one decoded stream event into the chunk type."""
        if self._strict_response_validation:

            def validate(data: object) -> Any:
                return self._process_response_data(data=data, cast_to=cast_to, response=response)

            return validate
        from ._models import get_converter

        return get_converter(cast_to, lazy=True)  # each event is decoded afresh

    def _response_mode(self, options: FinalRequestOptions) -> Tuple[Optional[str], Optional[type]]:
        headers = options.headers
        if not isinstance(headers, Mapping):
            return None, None
        mode: Optional[str] = None
        response_cls: Optional[type] = None
        for key, value in headers.items():
            lowered = key.lower()
            if lowered == RAW_RESPONSE_HEADER.lower():
                mode = cast(str, value)
            elif lowered == RAW_RESPONSE_CLASS_HEADER.lower():
                response_cls = cast(type, value)
        return mode, response_cls

    def _response_class(
        self, cast_to: Any, mode: Optional[str], response_cls: Optional[type], is_async: bool
    ) -> Tuple[type, Any]:
        """The response class for this call, and the type its `.parse()` gives by default: a
        streamed binary body parses to `bytes`, as the official library's does."""
        from ._response import (
            APIResponse,
            AsyncAPIResponse,
            AsyncBinaryAPIResponse,
            AsyncStreamedBinaryAPIResponse,
            BinaryAPIResponse,
            HttpxBinaryResponseContent,
            RawAPIResponse,
            StreamedBinaryAPIResponse,
        )

        origin = get_origin(cast_to) or cast_to
        binary = isinstance(origin, type) and issubclass(origin, HttpxBinaryResponseContent)
        if response_cls is not None:
            streamed = issubclass(response_cls, (StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse))
            return response_cls, bytes if binary and streamed else cast_to
        if mode != RESPONSE_MODE_STREAM:
            if binary:
                return (AsyncBinaryAPIResponse if is_async else BinaryAPIResponse), cast_to
            return RawAPIResponse, cast_to
        if binary:
            return (AsyncStreamedBinaryAPIResponse if is_async else StreamedBinaryAPIResponse), bytes
        return (AsyncAPIResponse if is_async else APIResponse), cast_to

    def _finish_response(
        self,
        response: httpx.Response,
        *,
        cast_to: Any,
        mode: Optional[str],
        response_cls: Optional[type],
        stream: bool,
        stream_cls: Optional[Any],
        options: FinalRequestOptions,
        retries_taken: int,
        is_async: bool,
    ) -> Any:
        """The call's result: the response object for `.with_raw_response` /
        `.with_streaming_response`, else the parsed body. Parsing never awaits: a body that is
        not streamed has been read by now, and a stream is parsed into its `Stream` object."""
        api_response_cls, parse_to = self._response_class(cast_to, mode, response_cls, is_async)
        api_response = api_response_cls(
            raw=response,
            cast_to=parse_to,
            client=self,
            stream=stream,
            stream_cls=stream_cls,
            options=options,
            retries_taken=retries_taken,
        )
        if mode is not None:
            return api_response
        return api_response.parse()

    def _log_request(self, request: httpx.Request, options: FinalRequestOptions, retries_taken: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Sending HTTP Request: %s %s (attempt %i) headers=%s",
                request.method,
                redact_url(request.url),
                retries_taken + 1,
                redact_headers(request.headers.multi_items()),
            )

    def _log_response(self, request: httpx.Request, response: httpx.Response) -> None:
        if log.isEnabledFor(logging.INFO):
            log.info(
                'HTTP Request: %s %s "%i %s"',
                request.method,
                redact_url(request.url),
                response.status_code,
                response.reason_phrase,
            )
        if log.isEnabledFor(logging.DEBUG):
            log.debug("HTTP Response headers: %s", redact_headers(response.headers.multi_items()))
            request_id = response.headers.get("x-request-id")
            if request_id:
                log.debug("request_id: %s", request_id)

    def _log_retry(self, request: httpx.Request, timeout: float, reason: str) -> None:
        log.info("Retrying request to %s in %f seconds (%s)", redact_url(request.url), timeout, reason)


# A header is one line of visible ASCII (RFC 9110, section 5): a CR or LF would end it and start
# another, and servers refuse NUL and the other control characters. Spaces and tabs are allowed.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_IN_HEADER_TEXT = re.compile(r"[^\t\x20-\x7e]")
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # for `bytes` values, read as latin-1
_CHARACTER_NAMES = {"\r": "a carriage return (CR)", "\n": "a line feed (LF)", "\x00": "a NUL character"}


def _check_header_lines(items: Iterable[Tuple[str, Any]]) -> None:
    """Refuses a header that cannot be sent as it is, before anything is sent.

    Such a request fails the same way on every attempt, so it is not a connection error to retry.
    The message names the header but never shows its value, which may be a credential.
    """
    for name, value in items:
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"Invalid HTTP header name {name!r}: only letters, digits and !#$%&'*+-.^_`|~ are allowed")
        if isinstance(value, str):
            bad = _BAD_IN_HEADER_TEXT.search(value)
        elif isinstance(value, bytes):
            bad = _CONTROL_CHARACTER.search(value.decode("latin-1"))
        else:
            continue
        if bad is not None:
            char = bad.group()
            what = _CHARACTER_NAMES.get(char) or (
                f"the non-ASCII character {char!r}" if ord(char) > 0x7E else f"the control character {char!r}"
            )
            raise ValueError(
                f"The value of the HTTP header {name!r} contains {what} at position {bad.start()}; "
                "header values (API keys included) must be a single line of printable ASCII text"
            )


def _with_trailing_slash(url: str) -> str:
    # The base URL's path ends with "/", but an empty path prints as nothing ("http://host:80").
    return url if url.endswith("/") else url + "/"


# a raw request body: bytes, or an iterable of byte chunks (sent as they come)
BinaryContent = Union[bytes, bytearray, Iterable[bytes]]


def _one_body(body: Optional[Body], content: Optional[BinaryContent], files: Optional[RequestFiles]) -> Any:
    """`content` checked against the other bodies, as httpx takes it (a bytearray as bytes)."""
    if content is not None and body is not None:
        raise TypeError("Pass either `body` (JSON) or `content` (raw bytes), not both")
    if content is not None and files is not None:
        raise TypeError("Pass either `files` (multipart) or `content` (raw bytes), not both")
    return bytes(content) if isinstance(content, bytearray) else content


def _options_from(method: str, url: str, options: RequestOptions, **extra: Any) -> FinalRequestOptions:
    values: Dict[str, Any] = dict(options)
    values.update(extra)
    return FinalRequestOptions.construct(method=method, url=url, **values)


class SyncAPIClient(BaseClient[httpx.Client, "Stream[Any]"]):
    _client: httpx.Client

    @property
    @override
    def _default_stream_cls(self) -> Optional[Any]:
        from ._streaming import Stream

        return Stream

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"`http_client` must be an `httpx.Client` (the async client takes an `httpx.AsyncClient`), got {type(http_client)}"
            )
        timeout = _resolve_timeout(timeout, http_client)
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_query=custom_query,
            custom_headers=custom_headers,
            _strict_response_validation=_strict_response_validation,
        )
        self._client = http_client or SyncHttpxClientWrapper(timeout=timeout)

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Closes the underlying HTTP client (and its connections)."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook to adjust the options once per call (before retries)."""
        return options

    def _reauthorize(self, options: FinalRequestOptions) -> bool:
        """Hook for a 401: True when the credentials were renewed and the call may be sent again."""
        return False

    def _prepare_request(self, request: httpx.Request) -> None:
        """Hook to adjust each outgoing request."""
        return None

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    @overload
    def request(
        self, cast_to: Type[ResponseT], options: FinalRequestOptions, *, stream: Literal[False] = False
    ) -> ResponseT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        options = self._prepare_options(options.copy())
        mode, response_cls = self._response_mode(options)
        max_retries = options.get_max_retries(self.max_retries)
        send_stream = stream or mode == RESPONSE_MODE_STREAM
        send_kwargs: Dict[str, Any] = {"stream": send_stream}
        custom_auth = self.custom_auth
        if custom_auth is not None:
            send_kwargs["auth"] = custom_auth
        if options.follow_redirects is not None:
            send_kwargs["follow_redirects"] = options.follow_redirects
        retries_taken = 0
        reauthorized = False
        while True:
            request = self._build_request(options, retries_taken=retries_taken)
            self._prepare_request(request)
            remaining = max_retries - retries_taken
            self._log_request(request, options, retries_taken)
            try:
                response = self._client.send(request, **send_kwargs)
            except httpx.LocalProtocolError:
                # The request itself breaks the protocol (e.g. a header set by a hook or a custom
                # auth): every attempt would fail the same way.
                raise
            except httpx.TimeoutException as err:
                log.debug("Encountered httpx.TimeoutException", exc_info=True)
                if remaining > 0:
                    self._retry_sleep(request, options, retries_taken, None, "timeout")
                    retries_taken += 1
                    continue
                raise APITimeoutError(request=request) from err
            except Exception as err:
                log.debug("Encountered Exception", exc_info=True)
                if remaining > 0:
                    self._retry_sleep(request, options, retries_taken, None, "connection error")
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from err

            self._log_response(request, response)
            if response.status_code == 401 and not reauthorized and self._reauthorize(options):
                # a cached token the server no longer accepts: one more try with a fresh one
                response.close()
                reauthorized = True
                continue
            if response.is_error:
                if remaining > 0 and self._should_retry(response):
                    response.close()
                    self._retry_sleep(
                        request, options, retries_taken, response.headers, f"status {response.status_code}"
                    )
                    retries_taken += 1
                    continue
                if not response.is_closed:
                    response.read()
                log.debug("Re-raising status error")
                raise self._make_status_error_from_response(response) from None
            break

        return cast(
            ResponseT,
            self._finish_response(
                response,
                cast_to=cast_to,
                mode=mode,
                response_cls=response_cls,
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
                is_async=False,
            ),
        )

    def _retry_sleep(
        self,
        request: httpx.Request,
        options: FinalRequestOptions,
        retries_taken: int,
        headers: Optional[httpx.Headers],
        reason: str,
    ) -> None:
        timeout = self._calculate_retry_timeout(retries_taken, options, headers)
        self._log_retry(request, timeout, reason)
        self._sleep(timeout)

    def _request_api_list(self, model: Type[object], page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT:
        def _parser(resp: SyncPageT) -> SyncPageT:
            resp._set_private_attributes(client=self, model=model, options=options)
            return resp

        return self.request(page, options.copy(post_parser=_parser), stream=False)

    @overload
    def get(
        self, path: str, *, cast_to: Type[ResponseT], options: RequestOptions = {}, stream: Literal[False] = False
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        opts = _options_from("get", path, options)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        content = _one_body(body, content, files)
        opts = _options_from("post", path, options, json_data=body, content=content, files=to_httpx_files(files))
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
    ) -> ResponseT:
        content = _one_body(body, content, files)
        opts = _options_from("patch", path, options, json_data=body, content=content, files=to_httpx_files(files))
        return self.request(cast_to, opts)

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        content = _one_body(body, content, files)
        opts = _options_from("put", path, options, json_data=body, content=content, files=to_httpx_files(files))
        return self.request(cast_to, opts)

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        content = _one_body(body, content, None)
        opts = _options_from("delete", path, options, json_data=body, content=content)
        return self.request(cast_to, opts)

    def head(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        """HEAD: headers only."""
        opts = _options_from("head", path, options, json_data=body)
        return self.request(cast_to, opts)

    def options(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        """OPTIONS: what the server allows."""
        opts = _options_from("options", path, options, json_data=body)
        return self.request(cast_to, opts)

    def trace(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        """TRACE: the request echoed back."""
        opts = _options_from("trace", path, options, json_data=body)
        return self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> SyncPageT:
        opts = _options_from(method, path, options, json_data=body)
        return self._request_api_list(model, page, opts)


class AsyncAPIClient(BaseClient[httpx.AsyncClient, "AsyncStream[Any]"]):
    _client: httpx.AsyncClient

    @property
    @override
    def _default_stream_cls(self) -> Optional[Any]:
        from ._streaming import AsyncStream

        return AsyncStream

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"`http_client` must be an `httpx.AsyncClient` (the sync client takes an `httpx.Client`), got {type(http_client)}"
            )
        timeout = _resolve_timeout(timeout, http_client)
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_query=custom_query,
            custom_headers=custom_headers,
            _strict_response_validation=_strict_response_validation,
        )
        self._client = http_client or AsyncHttpxClientWrapper(timeout=timeout)

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Closes the underlying HTTP client (and its connections)."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return options

    async def _reauthorize(self, options: FinalRequestOptions) -> bool:
        return False

    async def _prepare_request(self, request: httpx.Request) -> None:
        return None

    async def _sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)

    @overload
    async def request(
        self, cast_to: Type[ResponseT], options: FinalRequestOptions, *, stream: Literal[False] = False
    ) -> ResponseT: ...

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        options = await self._prepare_options(options.copy())
        mode, response_cls = self._response_mode(options)
        max_retries = options.get_max_retries(self.max_retries)
        send_stream = stream or mode == RESPONSE_MODE_STREAM
        send_kwargs: Dict[str, Any] = {"stream": send_stream}
        custom_auth = self.custom_auth
        if custom_auth is not None:
            send_kwargs["auth"] = custom_auth
        if options.follow_redirects is not None:
            send_kwargs["follow_redirects"] = options.follow_redirects
        retries_taken = 0
        reauthorized = False
        while True:
            request = self._build_request(options, retries_taken=retries_taken)
            await self._prepare_request(request)
            remaining = max_retries - retries_taken
            self._log_request(request, options, retries_taken)
            try:
                response = await self._client.send(request, **send_kwargs)
            except httpx.LocalProtocolError:
                # The request itself breaks the protocol (e.g. a header set by a hook or a custom
                # auth): every attempt would fail the same way.
                raise
            except httpx.TimeoutException as err:
                log.debug("Encountered httpx.TimeoutException", exc_info=True)
                if remaining > 0:
                    await self._retry_sleep(request, options, retries_taken, None, "timeout")
                    retries_taken += 1
                    continue
                raise APITimeoutError(request=request) from err
            except Exception as err:
                log.debug("Encountered Exception", exc_info=True)
                if remaining > 0:
                    await self._retry_sleep(request, options, retries_taken, None, "connection error")
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from err

            self._log_response(request, response)
            if response.status_code == 401 and not reauthorized and await self._reauthorize(options):
                await response.aclose()
                reauthorized = True
                continue
            if response.is_error:
                if remaining > 0 and self._should_retry(response):
                    await response.aclose()
                    await self._retry_sleep(
                        request, options, retries_taken, response.headers, f"status {response.status_code}"
                    )
                    retries_taken += 1
                    continue
                if not response.is_closed:
                    await response.aread()
                log.debug("Re-raising status error")
                raise self._make_status_error_from_response(response) from None
            break

        return cast(
            ResponseT,
            self._finish_response(
                response,
                cast_to=cast_to,
                mode=mode,
                response_cls=response_cls,
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
                is_async=True,
            ),
        )

    async def _retry_sleep(
        self,
        request: httpx.Request,
        options: FinalRequestOptions,
        retries_taken: int,
        headers: Optional[httpx.Headers],
        reason: str,
    ) -> None:
        timeout = self._calculate_retry_timeout(retries_taken, options, headers)
        self._log_retry(request, timeout, reason)
        await self._sleep(timeout)

    def _request_api_list(
        self, model: Type[_T], page: Type[AsyncPageT], options: FinalRequestOptions
    ) -> AsyncPaginator[_T, AsyncPageT]:
        return AsyncPaginator(client=self, options=options, page_cls=page, model=model)

    @overload
    async def get(
        self, path: str, *, cast_to: Type[ResponseT], options: RequestOptions = {}, stream: Literal[False] = False
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        opts = _options_from("get", path, options)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        content = _one_body(body, content, files)
        opts = _options_from(
            "post", path, options, json_data=body, content=content, files=await async_to_httpx_files(files)
        )
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
    ) -> ResponseT:
        content = _one_body(body, content, files)
        opts = _options_from(
            "patch", path, options, json_data=body, content=content, files=await async_to_httpx_files(files)
        )
        return await self.request(cast_to, opts)

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        content = _one_body(body, content, files)
        opts = _options_from(
            "put", path, options, json_data=body, content=content, files=await async_to_httpx_files(files)
        )
        return await self.request(cast_to, opts)

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[BinaryContent] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        content = _one_body(body, content, None)
        opts = _options_from("delete", path, options, json_data=body, content=content)
        return await self.request(cast_to, opts)

    async def head(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        """HEAD: headers only."""
        opts = _options_from("head", path, options, json_data=body)
        return await self.request(cast_to, opts)

    async def options(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        """OPTIONS: what the server allows."""
        opts = _options_from("options", path, options, json_data=body)
        return await self.request(cast_to, opts)

    async def trace(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        """TRACE: the request echoed back."""
        opts = _options_from("trace", path, options, json_data=body)
        return await self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        opts = _options_from(method, path, options, json_data=body)
        return self._request_api_list(model, page, opts)


def _resolve_timeout(
    timeout: Union[float, httpx.Timeout, None, NotGiven], http_client: Union[httpx.Client, httpx.AsyncClient, None]
) -> Union[float, httpx.Timeout, None]:
    """An explicit timeout wins; else a custom http client's own (non-httpx-default) timeout; else ours."""
    if not isinstance(timeout, NotGiven):
        return timeout
    if http_client is not None and http_client.timeout != httpx.Timeout(5.0):
        return http_client.timeout
    return DEFAULT_TIMEOUT


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
    post_parser: Union[PostParser, NotGiven] = not_given,
    credential: Optional[str] = None,
) -> RequestOptions:
    """Builds the `options` of a request from the `extra_*` arguments of a resource method."""
    options: RequestOptions = {}
    if credential is not None:
        options["credential"] = credential
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = cast(Mapping[str, object], extra_body)
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if is_given(post_parser):
        options["post_parser"] = post_parser
    return options


__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "BaseClient",
    "BasePage",
    "BaseSyncPage",
    "BaseAsyncPage",
    "AsyncPaginator",
    "PageInfo",
    "make_request_options",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "BaseAPIResponse",
]
