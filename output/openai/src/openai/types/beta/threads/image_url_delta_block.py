# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.threads.image_url_delta import ImageURLDelta

__all__ = [
    "ImageURLDeltaBlock",
]


class ImageURLDeltaBlock(BaseModel):
    """References an image URL in the content of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: Optional[ImageURLDelta] = None
