# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Data",
    "ResponseCompletedWebhookEvent",
]


class Data(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""


class ResponseCompletedWebhookEvent(BaseModel):
    """Sent when a background response has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""
