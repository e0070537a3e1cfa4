# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.audio.transcription_text_delta_event import TranscriptionTextDeltaEvent
from ...types.audio.transcription_text_done_event import TranscriptionTextDoneEvent
from ...types.audio.transcription_text_segment_event import TranscriptionTextSegmentEvent

__all__ = [
    "TranscriptionStreamEvent",
]


TranscriptionStreamEvent: TypeAlias = Annotated[
    Union[TranscriptionTextSegmentEvent, TranscriptionTextDeltaEvent, TranscriptionTextDoneEvent],
    PropertyInfo(discriminator="type"),
]
