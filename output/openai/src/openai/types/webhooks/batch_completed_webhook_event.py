# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Data",
    "BatchCompletedWebhookEvent",
]


class Data(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""


class BatchCompletedWebhookEvent(BaseModel):
    """Sent when a batch API request has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was completed."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["batch.completed"]
    """The type of the event. Always `batch.completed`."""
