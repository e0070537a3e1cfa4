# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from .._models import BaseModel
from ..types.top_log_prob import TopLogProb

__all__ = [
    "LogProb",
]


class LogProb(BaseModel):
    """The log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]
    top_logprobs: List[TopLogProb]
