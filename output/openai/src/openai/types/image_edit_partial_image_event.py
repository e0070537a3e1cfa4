# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ImageEditPartialImageEvent",
]


class ImageEditPartialImageEvent(BaseModel):
    """Emitted when a partial image is available during image editing streaming."""

    type: Literal["image_edit.partial_image"]
    """The type of the event. Always `image_edit.partial_image`."""

    b64_json: str
    """Base64-encoded partial image data, suitable for rendering as an image."""

    created_at: int
    """The Unix timestamp when the event was created."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """The size of the requested edited image."""

    quality: Literal["low", "medium", "high", "auto"]
    """The quality setting for the requested edited image."""

    background: Literal["transparent", "opaque", "auto"]
    """The background setting for the requested edited image."""

    output_format: Literal["png", "webp", "jpeg"]
    """The output format for the requested edited image."""

    partial_image_index: int
    """0-based index for the partial image (streaming)."""
