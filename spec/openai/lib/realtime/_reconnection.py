"""Reconnection of `client.realtime.connect(..., on_reconnecting=...)`: what the callback is told
and what it may answer, which close codes are worth a new connection, and the backoff."""

from __future__ import annotations

import dataclasses
import random

from typing_extensions import TypedDict

from ..._types import Headers, Query

__all__ = ["ReconnectingEvent", "ReconnectingOverrides", "is_recoverable_close", "backoff_delay"]


@dataclasses.dataclass(frozen=True)
class ReconnectingEvent:
    """Passed to `on_reconnecting` before each attempt to open a new connection."""

    attempt: int
    """This attempt's number, from 1."""

    max_attempts: int
    """How many attempts are made at most (the `max_retries` of `connect`)."""

    delay: float
    """Seconds waited before this attempt connects."""

    close_code: int
    """The close code that ended the previous connection (1006: dropped without a close frame)."""

    extra_query: Query
    """The query parameters the attempt will add to the URL."""

    extra_headers: Headers
    """The headers the attempt will add to the handshake."""


class ReconnectingOverrides(TypedDict, total=False):
    """What `on_reconnecting` may return (returning `None` changes nothing)."""

    extra_query: Query
    """Replaces the extra query parameters, for this attempt and the later ones."""

    extra_headers: Headers
    """Replaces the extra headers, for this attempt and the later ones."""

    abort: bool
    """`True` gives up: no more attempts, the connection stays closed."""


# RFC 6455 section 7.4.1 codes after which trying again can succeed
_RECOVERABLE = frozenset({1001, 1005, 1006, 1011, 1012, 1013, 1015})


def is_recoverable_close(code: int) -> bool:
    """Whether a connection closed with `code` is worth reopening: going away, no status, abnormal
    closure, server error, service restart, try again later, TLS failure."""
    return code in _RECOVERABLE


def backoff_delay(attempt: int, initial_delay: float, max_delay: float) -> float:
    """Exponential backoff from `initial_delay`, capped at `max_delay`, less a random 0-25%."""
    base = min(initial_delay * 2.0 ** (attempt - 1), max_delay)
    return base * (0.75 + random.random() * 0.25)
