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
    "SessionUpdatedEvent",
]


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse], PropertyInfo(discriminator="type")
]
"""The session configuration."""


class SessionUpdatedEvent(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: Session
    """The session configuration."""
