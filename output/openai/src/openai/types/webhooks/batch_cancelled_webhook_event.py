# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Data",
    "BatchCancelledWebhookEvent",
]


class Data(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""


class BatchCancelledWebhookEvent(BaseModel):
    """Sent when a batch API request has been cancelled."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was cancelled."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["batch.cancelled"]
    """The type of the event. Always `batch.cancelled`."""
