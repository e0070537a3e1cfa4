# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.realtime.realtime_transcription_session_audio_input import RealtimeTranscriptionSessionAudioInput

__all__ = [
    "RealtimeTranscriptionSessionAudio",
]


class RealtimeTranscriptionSessionAudio(BaseModel):
    """Configuration for input and output audio."""

    input: Optional[RealtimeTranscriptionSessionAudioInput] = None
