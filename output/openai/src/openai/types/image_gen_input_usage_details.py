# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ImageGenInputUsageDetails",
]


class ImageGenInputUsageDetails(BaseModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int
    """The number of text tokens in the input prompt."""

    image_tokens: int
    """The number of image tokens in the input prompt."""
