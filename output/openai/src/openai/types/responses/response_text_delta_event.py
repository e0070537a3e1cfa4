# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "LogprobTopLogprob",
    "Logprob",
    "ResponseTextDeltaEvent",
]


class LogprobTopLogprob(BaseModel):
    token: Optional[str] = None
    """A possible text token."""

    logprob: Optional[float] = None
    """The log probability of this token."""


class Logprob(BaseModel):
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice."""

    token: str
    """A possible text token."""

    logprob: float
    """The log probability of this token."""

    top_logprobs: Optional[List[LogprobTopLogprob]] = None
    """The log probabilities of up to 20 of the most likely tokens."""


class ResponseTextDeltaEvent(BaseModel):
    """Emitted when there is an additional text delta."""

    type: Literal["response.output_text.delta"]
    """The type of the event. Always `response.output_text.delta`."""

    item_id: str
    """The ID of the output item that the text delta was added to."""

    output_index: int
    """The index of the output item that the text delta was added to."""

    content_index: int
    """The index of the content part that the text delta was added to."""

    delta: str
    """The text delta that was added."""

    sequence_number: int
    """The sequence number for this event."""

    logprobs: List[Logprob]
    """The log probabilities of the tokens in the delta."""
