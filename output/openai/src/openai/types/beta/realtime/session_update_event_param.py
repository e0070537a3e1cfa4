# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ....types.realtime_session_create_request_param import RealtimeSessionCreateRequestParam

__all__ = [
    "SessionUpdateEventParam",
]


class SessionUpdateEventParam(TypedDict, total=False):
    """Send this event to update the session’s default configuration.
    The client may send this event at any time to update any field,
    except for `voice`. However, note that once a session has been
    initialized with a particular `model`, it can’t be changed to
    another model using `session.update`.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present are updated. To clear a field like
    `instructions`, pass an empty string."""

    event_id: str
    """Optional client-generated ID used to identify this event."""

    type: Required[Literal["session.update"]]
    """The event type, must be `session.update`."""

    session: Required[RealtimeSessionCreateRequestParam]
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute."""
