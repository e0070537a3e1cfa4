# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from ..._models import BaseModel

__all__ = [
    "LogProbProperties",
]


class LogProbProperties(BaseModel):
    """A log probability object."""

    token: str
    """The token that was used to generate the log probability."""

    logprob: float
    """The log probability of the token."""

    bytes: List[int]
    """The bytes that were used to generate the log probability."""
