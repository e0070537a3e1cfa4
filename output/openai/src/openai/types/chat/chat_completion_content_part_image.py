# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ImageURL",
    "ChatCompletionContentPartImage",
]


class ImageURL(BaseModel):
    url: str
    """Either a URL of the image or the base64 encoded image data."""

    detail: Optional[Literal["auto", "low", "high"]] = None
    """Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding)."""


class ChatCompletionContentPartImage(BaseModel):
    """Learn about [image inputs](/docs/guides/vision)."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: ImageURL
