# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ..._models import BaseModel
from ...types.responses.response_output_text import ResponseOutputText
from ...types.top_log_prob import TopLogProb

__all__ = [
    "Logprob",
    "OutputTextContent",
]


class Logprob(BaseModel):
    """The log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]
    top_logprobs: List[TopLogProb]


OutputTextContent: TypeAlias = ResponseOutputText
"""A text output from the model."""
