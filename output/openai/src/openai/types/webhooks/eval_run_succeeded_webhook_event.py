# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Data",
    "EvalRunSucceededWebhookEvent",
]


class Data(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the eval run."""


class EvalRunSucceededWebhookEvent(BaseModel):
    """Sent when an eval run has succeeded."""

    created_at: int
    """The Unix timestamp (in seconds) of when the eval run succeeded."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.succeeded"]
    """The type of the event. Always `eval.run.succeeded`."""
