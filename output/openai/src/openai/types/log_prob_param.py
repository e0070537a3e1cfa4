# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

__all__ = [
    "TopLogprob",
    "LogProbParam",
]


class TopLogprob(TypedDict, total=False):
    """The top log probability of a token."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Iterable[int]]


class LogProbParam(TypedDict, total=False):
    """The log probability of a token."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Iterable[int]]
    top_logprobs: Required[Iterable[TopLogprob]]
