# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseAudioDoneEvent",
]


class ResponseAudioDoneEvent(BaseModel):
    """Emitted when the audio response is complete."""

    type: Literal["response.audio.done"]
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int
    """The sequence number of the delta."""
