# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ....types.realtime_transcription_session_create_request_param import RealtimeTranscriptionSessionCreateRequestParam

__all__ = [
    "TranscriptionSessionUpdateParam",
]


class TranscriptionSessionUpdateParam(TypedDict, total=False):
    """Send this event to update a transcription session."""

    event_id: str
    """Optional client-generated ID used to identify this event."""

    type: Required[Literal["transcription_session.update"]]
    """The event type, must be `transcription_session.update`."""

    session: Required[RealtimeTranscriptionSessionCreateRequestParam]
    """Realtime transcription session object configuration."""
