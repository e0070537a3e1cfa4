# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from .._models import BaseModel

__all__ = [
    "TopLogprob",
    "LogProb",
]


class TopLogprob(BaseModel):
    """The top log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]


class LogProb(BaseModel):
    """The log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]
    top_logprobs: List[TopLogprob]
