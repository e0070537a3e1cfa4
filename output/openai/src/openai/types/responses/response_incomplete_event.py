# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response import Response

__all__ = [
    "ResponseIncompleteEvent",
]


class ResponseIncompleteEvent(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: Response
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""
