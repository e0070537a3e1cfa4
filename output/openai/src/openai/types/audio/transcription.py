# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.transcript_text_usage_duration import TranscriptTextUsageDuration
from ...types.transcript_text_usage_tokens import TranscriptTextUsageTokens

__all__ = [
    "Logprob",
    "Usage",
    "Transcription",
]


class Logprob(BaseModel):
    token: Optional[str] = None
    """The token in the transcription."""

    logprob: Optional[float] = None
    """The log probability of the token."""

    bytes: Optional[List[float]] = None
    """The bytes of the token."""


Usage: TypeAlias = Annotated[
    Union[TranscriptTextUsageTokens, TranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]
"""Token usage statistics for the request."""


class Transcription(BaseModel):
    """Represents a transcription response returned by model, based on the provided input."""

    text: str
    """The transcribed text."""

    logprobs: Optional[List[Logprob]] = None
    """The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array."""

    usage: Optional[Usage] = None
    """Token usage statistics for the request."""
