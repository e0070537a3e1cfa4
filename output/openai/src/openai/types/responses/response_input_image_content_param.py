# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ResponseInputImageContentParam",
]


class ResponseInputImageContentParam(TypedDict, total=False):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: Optional[str]
    file_id: Optional[str]
    detail: Optional[Literal["low", "high", "auto", "original"]]
