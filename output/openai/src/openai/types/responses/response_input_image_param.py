# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ResponseInputImageParam",
]


class ResponseInputImageParam(TypedDict, total=False):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)."""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: Optional[str]
    file_id: Optional[str]
    detail: Required[Literal["low", "high", "auto", "original"]]
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
