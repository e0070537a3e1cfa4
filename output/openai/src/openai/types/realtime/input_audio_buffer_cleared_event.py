# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "InputAudioBufferClearedEvent",
]


class InputAudioBufferClearedEvent(BaseModel):
    """Returned when the input audio buffer is cleared by the client with a
    `input_audio_buffer.clear` event."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.cleared"]
    """The event type, must be `input_audio_buffer.cleared`."""
