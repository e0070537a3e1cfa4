# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "HistoryParam",
]


class HistoryParam(TypedDict, total=False):
    """Controls how much historical context is retained for the session."""

    enabled: bool
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when unset."""
