# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ..types.top_log_prob_param import TopLogProbParam

__all__ = [
    "LogProbParam",
]


class LogProbParam(TypedDict, total=False):
    """The log probability of a token."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Iterable[int]]
    top_logprobs: Required[Iterable[TopLogProbParam]]
