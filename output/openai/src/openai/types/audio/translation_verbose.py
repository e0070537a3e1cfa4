# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel
from ...types.audio.transcription_segment import TranscriptionSegment

__all__ = [
    "TranslationVerbose",
]


class TranslationVerbose(BaseModel):
    language: str
    """The language of the output translation (always `english`)."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The translated text."""

    segments: Optional[List[TranscriptionSegment]] = None
    """Segments of the translated text and their corresponding details."""
