"""Re-fetching a resource until it reaches a terminal status (the `poll` helpers).

Each fetch is a plain GET through the runtime (so the client's timeout, retries and per-call
options apply) read as a raw response, because the server may say when to ask again: the
`openai-poll-after-ms` header. An explicit `poll_interval_ms` wins over it; without either the
wait is DEFAULT_POLL_INTERVAL_MS. A terminal failure status is returned like success: the caller
reads `status`.
"""

from __future__ import annotations

import time
from typing import Any, Collection, TypeVar, cast

import httpx

from .._base_client import make_request_options
from .._constants import RAW_RESPONSE_HEADER, RESPONSE_MODE_RAW
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import APIResponse, AsyncAPIResponse
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit

T = TypeVar("T")

DEFAULT_POLL_INTERVAL_MS = 1000
POLL_AFTER_HEADER = "openai-poll-after-ms"


def wait_seconds(headers: httpx.Headers, poll_interval_ms: int | Omit) -> float:
    if not isinstance(poll_interval_ms, Omit):
        return max(poll_interval_ms, 0) / 1000
    advised = headers.get(POLL_AFTER_HEADER)
    if advised is not None:
        try:
            return max(int(advised), 0) / 1000
        except ValueError:
            pass  # a malformed hint: the default applies
    return DEFAULT_POLL_INTERVAL_MS / 1000


def _options(
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> Any:
    return make_request_options(
        extra_headers={RAW_RESPONSE_HEADER: RESPONSE_MODE_RAW, **(extra_headers or {})},
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def poll(
    resource: SyncAPIResource,
    path: str,
    cast_to: type[T],
    *,
    pending: Collection[str],
    poll_interval_ms: int | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> T:
    """GET `path` until the object's `status` is not in `pending`; returns that object."""
    while True:
        raw = cast(
            APIResponse[T],
            resource._get(path, options=_options(extra_headers, extra_query, extra_body, timeout), cast_to=cast_to),
        )
        value = raw.parse()
        if getattr(value, "status", None) not in pending:
            return value
        time.sleep(wait_seconds(raw.headers, poll_interval_ms))


async def async_poll(
    resource: AsyncAPIResource,
    path: str,
    cast_to: type[T],
    *,
    pending: Collection[str],
    poll_interval_ms: int | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> T:
    while True:
        raw = cast(
            AsyncAPIResponse[T],
            await resource._get(
                path, options=_options(extra_headers, extra_query, extra_body, timeout), cast_to=cast_to
            ),
        )
        value = await raw.parse()
        if getattr(value, "status", None) not in pending:
            return value
        import anyio  # imported where used, as the runtime does: it costs import time

        await anyio.sleep(wait_seconds(raw.headers, poll_interval_ms))


__all__ = ["poll", "async_poll", "wait_seconds", "DEFAULT_POLL_INTERVAL_MS", "POLL_AFTER_HEADER"]
