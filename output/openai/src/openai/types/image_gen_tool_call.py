# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ImageGenToolCall",
]


class ImageGenToolCall(BaseModel):
    """An image generation request made by the model."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"]
    """The status of the image generation call."""

    result: Optional[str] = None
