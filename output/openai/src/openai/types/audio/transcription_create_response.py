# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.audio.transcription import Transcription
from ...types.audio.transcription_diarized import TranscriptionDiarized
from ...types.audio.transcription_text_delta_event import TranscriptionTextDeltaEvent
from ...types.audio.transcription_text_done_event import TranscriptionTextDoneEvent
from ...types.audio.transcription_verbose import TranscriptionVerbose
from ...types.transcript_text_segment_event import TranscriptTextSegmentEvent

__all__ = [
    "TranscriptionCreateResponse",
    "TranscriptionCreateResponse2",
]


TranscriptionCreateResponse: TypeAlias = Annotated[
    Union[TranscriptTextSegmentEvent, TranscriptionTextDeltaEvent, TranscriptionTextDoneEvent],
    PropertyInfo(discriminator="type"),
]


TranscriptionCreateResponse2: TypeAlias = Union[Transcription, TranscriptionDiarized, TranscriptionVerbose]
