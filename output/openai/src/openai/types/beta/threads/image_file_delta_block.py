# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.threads.image_file_delta import ImageFileDelta

__all__ = [
    "ImageFileDeltaBlock",
]


class ImageFileDeltaBlock(BaseModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: Optional[ImageFileDelta] = None
