# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseErrorEvent",
]


class ResponseErrorEvent(BaseModel):
    """Emitted when an error occurs."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    code: Optional[str] = None
    message: str
    """The error message."""

    param: Optional[str] = None
    sequence_number: int
    """The sequence number of this event."""
