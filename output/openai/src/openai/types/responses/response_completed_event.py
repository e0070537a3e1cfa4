# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response import Response

__all__ = [
    "ResponseCompletedEvent",
]


class ResponseCompletedEvent(BaseModel):
    """Emitted when the model response is complete."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: Response
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""
