# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest

__all__ = [
    "TranscriptionSessionUpdate",
]


class TranscriptionSessionUpdate(BaseModel):
    """Send this event to update a transcription session."""

    event_id: Optional[str] = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["transcription_session.update"]
    """The event type, must be `transcription_session.update`."""

    session: RealtimeTranscriptionSessionCreateRequest
    """Realtime transcription session object configuration."""
