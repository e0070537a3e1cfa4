# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

__all__ = [
    "TopLogProbParam",
]


class TopLogProbParam(TypedDict, total=False):
    """The top log probability of a token."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Iterable[int]]
