# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Part",
    "ResponseReasoningSummaryPartAddedEvent",
]


class Part(BaseModel):
    """The summary part that was added."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""


class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    """Emitted when a new reasoning summary part is added."""

    type: Literal["response.reasoning_summary_part.added"]
    """The type of the event. Always `response.reasoning_summary_part.added`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    part: Part
    """The summary part that was added."""
