# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.transcript_text_usage_tokens import TranscriptTextUsageTokens

__all__ = [
    "Logprob",
    "TranscriptionTextDoneEvent",
]


class Logprob(BaseModel):
    token: Optional[str] = None
    """The token that was used to generate the log probability."""

    logprob: Optional[float] = None
    """The log probability of the token."""

    bytes: Optional[List[int]] = None
    """The bytes that were used to generate the log probability."""


class TranscriptionTextDoneEvent(BaseModel):
    """Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`."""

    type: Literal["transcript.text.done"]
    """The type of the event. Always `transcript.text.done`."""

    text: str
    """The text that was transcribed."""

    logprobs: Optional[List[Logprob]] = None
    """The log probabilities of the individual tokens in the transcription. Only included if you [create a transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`."""

    usage: Optional[TranscriptTextUsageTokens] = None
    """Usage statistics for models billed by token usage."""
