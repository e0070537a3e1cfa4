# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseAudioDeltaEvent",
]


class ResponseAudioDeltaEvent(BaseModel):
    """Emitted when there is a partial audio response."""

    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int
    """A sequence number for this chunk of the stream response."""

    delta: str
    """A chunk of Base64 encoded response audio bytes."""
