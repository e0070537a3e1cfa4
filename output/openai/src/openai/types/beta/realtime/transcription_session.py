# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.audio_transcription_response import AudioTranscriptionResponse
from ....types.realtime.realtime_transcription_session_turn_detection import RealtimeTranscriptionSessionTurnDetection

__all__ = [
    "ClientSecret",
    "TranscriptionSession",
]


class ClientSecret(BaseModel):
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API."""

    value: str
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side."""

    expires_at: int
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute."""


class TranscriptionSession(BaseModel):
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API."""

    client_secret: ClientSecret
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API."""

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"]."""

    input_audio_format: Optional[str] = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: Optional[AudioTranscriptionResponse] = None
    """Configuration of the transcription model."""

    turn_detection: Optional[RealtimeTranscriptionSessionTurnDetection] = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech."""
