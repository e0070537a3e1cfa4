# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from ..types.image_input_reference_param import ImageInputReferenceParam
from ..types.partial_images import PartialImages

__all__ = [
    "ImageEditParams",
]


class ImageEditParams(TypedDict, total=False):
    model: Optional[Union[str, Literal["gpt-image-1.5", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]]
    """The model to use for image editing."""

    images: Required[Iterable[ImageInputReferenceParam]]
    """Input image references to edit.
    For GPT image models, you can provide up to 16 images."""

    mask: ImageInputReferenceParam
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`."""

    prompt: Required[str]
    """A text description of the desired image edit."""

    n: Optional[int]
    """The number of edited images to generate."""

    quality: Optional[Literal["low", "medium", "high", "auto"]]
    """Output quality for GPT image models."""

    input_fidelity: Optional[Literal["high", "low"]]
    """Controls fidelity to the original input image(s)."""

    size: Optional[Literal["auto", "1024x1024", "1536x1024", "1024x1536"]]
    """Requested output image size."""

    user: str
    """A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse."""

    output_format: Optional[Literal["png", "jpeg", "webp"]]
    """Output image format. Supported for GPT image models."""

    output_compression: Optional[int]
    """Compression level for `jpeg` or `webp` output."""

    moderation: Optional[Literal["low", "auto"]]
    """Moderation level for GPT image models."""

    background: Optional[Literal["transparent", "opaque", "auto"]]
    """Background behavior for generated image output."""

    stream: Optional[bool]
    """Stream partial image results as events."""

    partial_images: Optional[PartialImages]
