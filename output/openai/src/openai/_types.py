# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Iterator,
    Mapping,
    Optional,
    Sequence,
    SupportsIndex,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

import httpx
from typing_extensions import Literal, Protocol, TypedDict, override

Transport = httpx.BaseTransport
AsyncTransport = httpx.AsyncBaseTransport
Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]

# Upload helpers.
# `FileContent` is what an upload can be made of, `FileTypes` adds the tuple forms
# `(filename, content)`, `(filename, content, content_type)` and
# `(filename, content, content_type, headers)`.
Base64FileInput = Union[IO[bytes], PathLike[str]]
FileContent = Union[IO[bytes], bytes, PathLike[str]]
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

# The normalised forms that are handed to httpx.
HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]

ProxiesTypes = Union[str, httpx.Proxy, Dict[str, Union[None, str, httpx.Proxy]]]

# What `cast_to` accepts: a model class, a builtin, `httpx.Response`, a Union / Annotated type ...
ResponseT = TypeVar("ResponseT")
PostParser = Callable[[Any], Any]


class NotGiven:
    """Marks an argument the caller did not pass, as distinct from an explicit `None`.

    ```py
    def get(timeout: Union[int, NotGiven, None] = not_given) -> None: ...

    get(timeout=1)  # 1 s timeout
    get(timeout=None)  # no timeout
    get()  # the default timeout
    ```
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: Any) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "not_given"


not_given = NotGiven()
NOT_GIVEN = not_given  # kept for compatibility with older code


class Omit:
    """Removes a value that would otherwise be sent, e.g. a default header.

    ```py
    client.with_options(default_headers={"Content-Type": omit})
    ```
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "omit"

    def __copy__(self) -> Omit:
        return self

    def __deepcopy__(self, memo: Any) -> Omit:
        return self

    def __reduce__(self) -> str:
        return "omit"


omit = Omit()

NoneType: Type[None] = type(None)

Headers = Mapping[str, Union[str, Omit]]
HeadersLike = Mapping[str, Union[str, Omit, NotGiven]]

Timeout = Union[float, httpx.Timeout, None]


class RequestOptions(TypedDict, total=False):
    headers: Headers
    max_retries: int
    timeout: Union[float, httpx.Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool
    post_parser: PostParser
    # which of the client's credentials authenticates the call, when not the default one
    # (a client constructor option such as `admin_api_key`)
    credential: str


__all__ = [
    "Transport",
    "AsyncTransport",
    "Query",
    "Body",
    "Headers",
    "HeadersLike",
    "Timeout",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "NoneType",
    "FileContent",
    "FileTypes",
    "Base64FileInput",
    "RequestFiles",
    "HttpxFileContent",
    "HttpxFileTypes",
    "HttpxRequestFiles",
    "ProxiesTypes",
    "RequestOptions",
    "ResponseT",
    "PostParser",
    "SequenceNotStr",
]


_T_co = TypeVar("_T_co", covariant=True)

if TYPE_CHECKING:

    class SequenceNotStr(Protocol[_T_co]):
        """A sequence that a type checker will not accept a plain `str` for (a str is a Sequence[str])."""

        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[_T_co]: ...
        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
        def count(self, value: Any, /) -> int: ...
        def __reversed__(self) -> Iterator[_T_co]: ...

else:
    SequenceNotStr = Sequence
