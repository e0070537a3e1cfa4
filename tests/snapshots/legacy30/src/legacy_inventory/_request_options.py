# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""The options of one request. Apart from `_models` so that the request path and the page
machinery can use them without importing pydantic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Union

from ._types import HttpxRequestFiles, NotGiven, Omit, PostParser, Query, not_given

if TYPE_CHECKING:
    import httpx

__all__ = ["FinalRequestOptions"]


class FinalRequestOptions:
    """Everything needed to build one HTTP request (kept across retries)."""

    __slots__ = (
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "idempotency_key",
        "post_parser",
        "json_data",
        "extra_json",
        "follow_redirects",
        "content",
        "credential",
    )

    method: str
    url: str
    params: Query
    headers: Union[Mapping[str, Union[str, Omit]], NotGiven]
    max_retries: Union[int, NotGiven]
    timeout: Union[float, "httpx.Timeout", None, NotGiven]
    files: Optional[HttpxRequestFiles]
    idempotency_key: Optional[str]
    post_parser: Union[PostParser, NotGiven]
    json_data: Optional[object]
    extra_json: Optional[Mapping[str, object]]
    follow_redirects: Optional[bool]
    content: Optional[Union[bytes, Iterable[bytes]]]
    credential: Optional[str]

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Query] = None,
        headers: Union[Mapping[str, Union[str, Omit]], NotGiven, None] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        timeout: Union[float, "httpx.Timeout", None, NotGiven] = not_given,
        files: Optional[HttpxRequestFiles] = None,
        idempotency_key: Optional[str] = None,
        post_parser: Union[PostParser, NotGiven] = not_given,
        json_data: Optional[object] = None,
        extra_json: Optional[Mapping[str, object]] = None,
        follow_redirects: Optional[bool] = None,
        content: Optional[Union[bytes, Iterable[bytes]]] = None,
        credential: Optional[str] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params if params is not None else {}
        self.headers = headers if headers is not None else not_given
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.json_data = json_data
        self.extra_json = extra_json
        self.follow_redirects = follow_redirects
        self.content = content
        self.credential = credential

    @classmethod
    def construct(cls, **values: Any) -> "FinalRequestOptions":
        return cls(**{key: value for key, value in values.items() if key in cls.__slots__})

    def get_max_retries(self, default: int) -> int:
        if isinstance(self.max_retries, NotGiven):
            return default
        return self.max_retries

    def copy(self, **changes: Any) -> "FinalRequestOptions":
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return FinalRequestOptions(**values)

    def __repr__(self) -> str:
        from ._utils._logs import redact_headers

        headers = self.headers
        shown = redact_headers(headers) if isinstance(headers, Mapping) else headers
        return (
            f"FinalRequestOptions(method={self.method!r}, url={self.url!r}, params={self.params!r}, "
            f"headers={shown!r}, max_retries={self.max_retries!r}, timeout={self.timeout!r}, "
            f"json_data={self.json_data!r})"
        )
