# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.beta.threads.annotation import Annotation
from ...types.top_log_prob import TopLogProb

__all__ = [
    "Logprob",
    "ResponseOutputText",
]


class Logprob(BaseModel):
    """The log probability of a token."""

    token: str
    logprob: float
    bytes: List[int]
    top_logprobs: List[TopLogProb]


class ResponseOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations: List[Annotation]
    """The annotations of the text output."""

    logprobs: List[Logprob]
