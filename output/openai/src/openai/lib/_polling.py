"""Re-fetching a resource until it reaches a terminal status (the `poll` helpers).

Each fetch is the resource's own generated `retrieve`, read through `.with_raw_response`: so its
headers (`OpenAI-Beta` where the API wants one), the client's timeout and retries and the caller's
per-call options all apply, and the answer's headers are at hand, because the server may say when
to ask again (`openai-poll-after-ms`). An explicit `poll_interval_ms` wins over it; without either
the wait is DEFAULT_POLL_INTERVAL_MS. A terminal failure status is returned like success: the
caller reads `status`.
"""

from __future__ import annotations

import time
from typing import Awaitable, Callable, Collection, TypeVar

import httpx

from .._response import RawAPIResponse
from .._types import Omit, omit

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


def poll(fetch: Callable[[], RawAPIResponse[T]], *, pending: Collection[str], poll_interval_ms: int | Omit = omit) -> T:
    """Calls `fetch` until the object's `status` is not in `pending`; returns that object."""
    while True:
        raw = fetch()
        value = raw.parse()
        if getattr(value, "status", None) not in pending:
            return value
        time.sleep(wait_seconds(raw.headers, poll_interval_ms))


async def async_poll(
    fetch: Callable[[], Awaitable[RawAPIResponse[T]]], *, pending: Collection[str], poll_interval_ms: int | Omit = omit
) -> T:
    while True:
        raw = await fetch()
        value = raw.parse()
        if getattr(value, "status", None) not in pending:
            return value
        import anyio  # imported where used, as the runtime does: it costs import time

        await anyio.sleep(wait_seconds(raw.headers, poll_interval_ms))


__all__ = ["poll", "async_poll", "wait_seconds", "DEFAULT_POLL_INTERVAL_MS", "POLL_AFTER_HEADER"]
