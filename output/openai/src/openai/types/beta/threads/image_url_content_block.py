# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.threads.image_url import ImageURL

__all__ = [
    "ImageURLContentBlock",
]


class ImageURLContentBlock(BaseModel):
    """References an image URL in the content of a message."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: ImageURL
