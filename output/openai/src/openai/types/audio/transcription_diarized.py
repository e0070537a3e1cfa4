# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.audio.transcription_diarized_segment import TranscriptionDiarizedSegment
from ...types.transcript_text_usage_duration import TranscriptTextUsageDuration
from ...types.transcript_text_usage_tokens import TranscriptTextUsageTokens

__all__ = [
    "Usage",
    "TranscriptionDiarized",
]


Usage: TypeAlias = Annotated[
    Union[TranscriptTextUsageTokens, TranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]
"""Token or duration usage statistics for the request."""


class TranscriptionDiarized(BaseModel):
    """Represents a diarized transcription response returned by the model, including the combined transcript and speaker-segment annotations."""

    task: Literal["transcribe"]
    """The type of task that was run. Always `transcribe`."""

    duration: float
    """Duration of the input audio in seconds."""

    text: str
    """The concatenated transcript text for the entire audio input."""

    segments: List[TranscriptionDiarizedSegment]
    """Segments of the transcript annotated with timestamps and speaker labels."""

    usage: Optional[Usage] = None
    """Token or duration usage statistics for the request."""
