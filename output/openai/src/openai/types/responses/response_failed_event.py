# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response import Response

__all__ = [
    "ResponseFailedEvent",
]


class ResponseFailedEvent(BaseModel):
    """An event that is emitted when a response fails."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: Response
    """The response that failed."""
