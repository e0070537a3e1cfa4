# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseInputImageContent",
]


class ResponseInputImageContent(BaseModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`."""

    image_url: Optional[str] = None
    file_id: Optional[str] = None
    detail: Optional[Literal["low", "high", "auto", "original"]] = None
