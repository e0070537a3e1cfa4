# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, Optional, cast

import httpx
from typing_extensions import Literal

__all__ = [
    "PetstoreError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "StreamInterruptedError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


class PetstoreError(Exception):
    """The base class of every error this library raises."""


class APIError(PetstoreError):
    message: str
    request: httpx.Request

    body: object | None
    """The decoded response body: JSON when it parses as JSON, else the raw text, or `None`.

    Also the `error` object of an error event in a stream.
    """

    code: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str]

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        error = _error_object(body)
        if error is not None:
            self.code = _str_or_none(error.get("code"))
            self.param = _str_or_none(error.get("param"))
            self.type = _str_or_none(error.get("type"))
        else:
            self.code = None
            self.param = None
            self.type = None


def _str_or_none(value: object) -> Optional[str]:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _error_object(body: object) -> Optional[dict[str, Any]]:
    """The dict holding error details: `body["error"]` when present, else `body` itself."""
    if not isinstance(body, dict):
        return None
    inner = cast("dict[str, Any]", body).get("error")
    if isinstance(inner, dict):
        return cast("dict[str, Any]", inner)
    return cast("dict[str, Any]", body)


EXCERPT_LENGTH = 200


def body_excerpt(text: str) -> str:
    """The start of a body or event for an error message: at most `EXCERPT_LENGTH` characters."""
    return text[:EXCERPT_LENGTH] + ("..." if len(text) > EXCERPT_LENGTH else "")


def error_message_from_body(body: object, default: str) -> str:
    """Finds a human readable message in an error body (`error.message`, `message`, `error`, and a
    problem document's `detail` or `title`)."""
    if isinstance(body, dict):
        data = cast("dict[str, Any]", body)
        inner = data.get("error")
        if isinstance(inner, dict):
            message = cast("dict[str, Any]", inner).get("message")
            if isinstance(message, str) and message:
                return message
        elif isinstance(inner, str) and inner:
            return inner
        message = data.get("message")
        if isinstance(message, str) and message:
            return message
        # application/problem+json (RFC 9457): `detail` explains this occurrence, `title` the kind
        for key in ("detail", "title"):
            message = data.get(key)
            if isinstance(message, str) and message:
                return message
    return default


class APIResponseValidationError(APIError):
    """A successful response whose body cannot be what the method declares.

    Raised when the body is empty or is not valid JSON although a JSON value is expected, and,
    with strict response validation, when the decoded value does not fit the declared type.
    `status_code`, `content_type` and `body` (the decoded body, or its text) describe the response.
    """

    response: httpx.Response
    status_code: int
    content_type: Optional[str]
    """The response's `Content-Type` header, `None` when it had none."""

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(
            message or "The response body does not fit the type this call returns.", response.request, body=body
        )
        self.response = response
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type")


class APIStatusError(APIError):
    """Raised when the API responds with a status code of 4xx or 5xx."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class StreamInterruptedError(APIConnectionError):
    """An event stream stopped before it was complete.

    Either the server closed the connection while an event was still being received (the body
    ended without the blank line that finishes an event), or the connection failed while the
    stream was being read. The chunks yielded before stay valid; the unfinished event is dropped.
    """

    partial_event: Optional[str]
    """The start of the unfinished event's text (at most 200 characters), `None` when the stream
    stopped between two events."""

    last_event_id: Optional[str]
    """The last `id:` the stream announced, to resume from when the API supports it."""

    def __init__(
        self,
        *,
        message: str,
        request: httpx.Request,
        partial_event: Optional[str] = None,
        last_event_id: Optional[str] = None,
    ) -> None:
        super().__init__(message=message, request=request)
        self.partial_event = partial_event
        self.last_event_id = last_event_id


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
