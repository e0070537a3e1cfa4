# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel

__all__ = [
    "TopLogprob",
    "ChatCompletionTokenLogprob",
]


class TopLogprob(BaseModel):
    token: str
    """The token."""

    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely."""

    bytes: Optional[List[int]] = None


class ChatCompletionTokenLogprob(BaseModel):
    token: str
    """The token."""

    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely."""

    bytes: Optional[List[int]] = None
    top_logprobs: List[TopLogprob]
    """List of the most likely tokens and their log probability, at this token position. The number of entries may be fewer than the requested `top_logprobs`."""
