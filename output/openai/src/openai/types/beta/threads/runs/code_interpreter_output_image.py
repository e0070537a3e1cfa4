# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "Image",
    "CodeInterpreterOutputImage",
]


class Image(BaseModel):
    file_id: Optional[str] = None
    """The [file](/docs/api-reference/files) ID of the image."""


class CodeInterpreterOutputImage(BaseModel):
    """Code interpreter image output"""

    index: int
    """The index of the output in the outputs array."""

    type: Literal["image"]
    """Always `image`."""

    image: Optional[Image] = None
