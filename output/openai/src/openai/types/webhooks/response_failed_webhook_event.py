# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Data",
    "ResponseFailedWebhookEvent",
]


class Data(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""


class ResponseFailedWebhookEvent(BaseModel):
    """Sent when a background response has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response failed."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""
