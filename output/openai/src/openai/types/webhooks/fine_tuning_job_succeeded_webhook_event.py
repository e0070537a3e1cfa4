# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Data",
    "FineTuningJobSucceededWebhookEvent",
]


class Data(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the fine-tuning job."""


class FineTuningJobSucceededWebhookEvent(BaseModel):
    """Sent when a fine-tuning job has succeeded."""

    created_at: int
    """The Unix timestamp (in seconds) of when the fine-tuning job succeeded."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["fine_tuning.job.succeeded"]
    """The type of the event. Always `fine_tuning.job.succeeded`."""
