# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.realtime.realtime_session_create_response import RealtimeSessionCreateResponse
from ...types.realtime.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

__all__ = [
    "Session",
    "ClientSecretCreateResponse",
]


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse], PropertyInfo(discriminator="type")
]
"""The session configuration for either a realtime or transcription session."""


class ClientSecretCreateResponse(BaseModel):
    """Response from creating a session and client secret for the Realtime API."""

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: Session
    """The session configuration for either a realtime or transcription session."""
