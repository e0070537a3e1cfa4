# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.threads.image_file import ImageFile

__all__ = [
    "ImageFileContentBlock",
]


class ImageFileContentBlock(BaseModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: ImageFile
