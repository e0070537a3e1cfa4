# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.audio.transcription import Transcription
from ...types.audio.transcription_diarized import TranscriptionDiarized
from ...types.audio.transcription_verbose import TranscriptionVerbose

__all__ = [
    "TranscriptionCreateResponse",
]


TranscriptionCreateResponse: TypeAlias = Union[Transcription, TranscriptionDiarized, TranscriptionVerbose]
