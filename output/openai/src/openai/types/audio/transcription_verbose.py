# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel
from ...types.audio.transcription_segment import TranscriptionSegment
from ...types.audio.transcription_word import TranscriptionWord
from ...types.transcript_text_usage_duration import TranscriptTextUsageDuration

__all__ = [
    "TranscriptionVerbose",
]


class TranscriptionVerbose(BaseModel):
    """Represents a verbose json transcription response returned by model, based on the provided input."""

    language: str
    """The language of the input audio."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The transcribed text."""

    words: Optional[List[TranscriptionWord]] = None
    """Extracted words and their corresponding timestamps."""

    segments: Optional[List[TranscriptionSegment]] = None
    """Segments of the transcribed text and their corresponding details."""

    usage: Optional[TranscriptTextUsageDuration] = None
    """Usage statistics for models billed by audio input duration."""
