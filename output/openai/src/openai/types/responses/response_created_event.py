# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response import Response

__all__ = [
    "ResponseCreatedEvent",
]


class ResponseCreatedEvent(BaseModel):
    """An event that is emitted when a response is created."""

    type: Literal["response.created"]
    """The type of the event. Always `response.created`."""

    response: Response
    """The response that was created."""

    sequence_number: int
    """The sequence number for this event."""
