# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "DataSipHeader",
    "Data",
    "RealtimeCallIncomingWebhookEvent",
]


class DataSipHeader(BaseModel):
    """A header from the SIP Invite."""

    name: str
    """Name of the SIP Header."""

    value: str
    """Value of the SIP Header."""


class Data(BaseModel):
    """Event data payload."""

    call_id: str
    """The unique ID of this call."""

    sip_headers: List[DataSipHeader]
    """Headers from the SIP Invite."""


class RealtimeCallIncomingWebhookEvent(BaseModel):
    """Sent when Realtime API Receives a incoming SIP call."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str
    """The unique ID of the event."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event. Always `event`."""

    type: Literal["realtime.call.incoming"]
    """The type of the event. Always `realtime.call.incoming`."""
