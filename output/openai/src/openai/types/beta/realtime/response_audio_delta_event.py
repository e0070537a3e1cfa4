# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "ResponseAudioDeltaEvent",
]


class ResponseAudioDeltaEvent(BaseModel):
    """Returned when the model-generated audio is updated."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_audio.delta"]
    """The event type, must be `response.output_audio.delta`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    delta: str
    """Base64-encoded audio data delta."""
