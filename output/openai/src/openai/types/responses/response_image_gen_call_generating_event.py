# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseImageGenCallGeneratingEvent",
]


class ResponseImageGenCallGeneratingEvent(BaseModel):
    """Emitted when an image generation tool call is actively generating an image (intermediate state)."""

    type: Literal["response.image_generation_call.generating"]
    """The type of the event. Always 'response.image_generation_call.generating'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""
