# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "InputTokensDetails",
    "ImagesUsage",
]


class InputTokensDetails(BaseModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int
    """The number of text tokens in the input prompt."""

    image_tokens: int
    """The number of image tokens in the input prompt."""


class ImagesUsage(BaseModel):
    """For the GPT image models only, the token usage information for the image generation."""

    total_tokens: int
    """The total number of tokens (images and text) used for the image generation."""

    input_tokens: int
    """The number of tokens (images and text) in the input prompt."""

    output_tokens: int
    """The number of image tokens in the output image."""

    input_tokens_details: InputTokensDetails
    """The input tokens detailed information for the image generation."""
