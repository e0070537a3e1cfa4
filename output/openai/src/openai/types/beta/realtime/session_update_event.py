# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.realtime_session_create_request import RealtimeSessionCreateRequest

__all__ = [
    "SessionUpdateEvent",
]


class SessionUpdateEvent(BaseModel):
    """Send this event to update the session’s default configuration.
    The client may send this event at any time to update any field,
    except for `voice`. However, note that once a session has been
    initialized with a particular `model`, it can’t be changed to
    another model using `session.update`.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present are updated. To clear a field like
    `instructions`, pass an empty string."""

    event_id: Optional[str] = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["session.update"]
    """The event type, must be `session.update`."""

    session: RealtimeSessionCreateRequest
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute."""
