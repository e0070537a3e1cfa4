# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Part",
    "ResponseReasoningSummaryPartDoneEvent",
]


class Part(BaseModel):
    """The completed summary part."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""


class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    """Emitted when a reasoning summary part is completed."""

    type: Literal["response.reasoning_summary_part.done"]
    """The type of the event. Always `response.reasoning_summary_part.done`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    part: Part
    """The completed summary part."""
