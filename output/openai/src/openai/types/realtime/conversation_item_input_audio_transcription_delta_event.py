# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.realtime.log_prob_properties import LogProbProperties

__all__ = [
    "ConversationItemInputAudioTranscriptionDeltaEvent",
]


class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    """Returned when the text value of an input audio transcription content part is updated with incremental transcription results."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.delta"]
    """The event type, must be `conversation.item.input_audio_transcription.delta`."""

    item_id: str
    """The ID of the item containing the audio that is being transcribed."""

    content_index: Optional[int] = None
    """The index of the content part in the item's content array."""

    delta: Optional[str] = None
    """The text delta."""

    logprobs: Optional[List[LogProbProperties]] = None
