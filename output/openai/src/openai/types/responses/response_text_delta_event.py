# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.response_log_prob import ResponseLogProb

__all__ = [
    "ResponseTextDeltaEvent",
]


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

    logprobs: List[ResponseLogProb]
    """The log probabilities of the tokens in the delta."""
