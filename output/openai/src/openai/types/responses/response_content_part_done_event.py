# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.output_content import OutputContent

__all__ = [
    "ResponseContentPartDoneEvent",
]


class ResponseContentPartDoneEvent(BaseModel):
    """Emitted when a content part is done."""

    type: Literal["response.content_part.done"]
    """The type of the event. Always `response.content_part.done`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that is done."""

    sequence_number: int
    """The sequence number of this event."""

    part: OutputContent
    """The content part that is done."""
