# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Image",
    "RunStepDetailsToolCallsCodeOutputImageObject",
]


class Image(BaseModel):
    file_id: str
    """The [file](/docs/api-reference/files) ID of the image."""


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    """Code Interpreter image output"""

    type: Literal["image"]
    """Always `image`."""

    image: Image
