# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.transcript_text_delta_event import TranscriptTextDeltaEvent
from ..types.transcript_text_done_event import TranscriptTextDoneEvent
from ..types.transcript_text_segment_event import TranscriptTextSegmentEvent

__all__ = [
    "CreateTranscriptionResponseStreamEvent",
]


CreateTranscriptionResponseStreamEvent: TypeAlias = Annotated[
    Union[TranscriptTextSegmentEvent, TranscriptTextDeltaEvent, TranscriptTextDoneEvent],
    PropertyInfo(discriminator="type"),
]
