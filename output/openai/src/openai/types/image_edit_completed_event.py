# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.images_usage import ImagesUsage

__all__ = [
    "ImageEditCompletedEvent",
]


class ImageEditCompletedEvent(BaseModel):
    """Emitted when image editing has completed and the final image is available."""

    type: Literal["image_edit.completed"]
    """The type of the event. Always `image_edit.completed`."""

    b64_json: str
    """Base64-encoded final edited image data, suitable for rendering as an image."""

    created_at: int
    """The Unix timestamp when the event was created."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """The size of the edited image."""

    quality: Literal["low", "medium", "high", "auto"]
    """The quality setting for the edited image."""

    background: Literal["transparent", "opaque", "auto"]
    """The background setting for the edited image."""

    output_format: Literal["png", "webp", "jpeg"]
    """The output format for the edited image."""

    usage: ImagesUsage
    """For the GPT image models only, the token usage information for the image generation."""
