# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ..._models import BaseModel
from ...types.responses.response_output_text import ResponseOutputText

__all__ = [
    "TopLogprob",
    "Logprob",
    "OutputTextContent",
]


class TopLogprob(BaseModel):
    """The top log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]


class Logprob(BaseModel):
    """The log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]
    top_logprobs: List[TopLogprob]


OutputTextContent: TypeAlias = ResponseOutputText
"""A text output from the model."""
