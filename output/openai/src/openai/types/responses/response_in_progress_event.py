# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response import Response

__all__ = [
    "ResponseInProgressEvent",
]


class ResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: Response
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""
