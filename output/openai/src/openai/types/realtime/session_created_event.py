# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.realtime.realtime_session_create_response import RealtimeSessionCreateResponse
from ...types.realtime.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

__all__ = [
    "Session",
    "SessionCreatedEvent",
]


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse], PropertyInfo(discriminator="type")
]
"""The session configuration."""


class SessionCreatedEvent(BaseModel):
    """Returned when a Session is created. Emitted automatically when a new
    connection is established as the first server event. This event will contain
    the default Session configuration."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.created"]
    """The event type, must be `session.created`."""

    session: Session
    """The session configuration."""
