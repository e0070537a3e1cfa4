# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal

from .._models import BaseModel
from ..types.image_gen_action_enum import ImageGenActionEnum
from ..types.input_fidelity import InputFidelity

__all__ = [
    "InputImageMask",
    "ImageGenTool",
]


class InputImageMask(BaseModel):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    image_url: Optional[str] = None
    """Base64-encoded mask image."""

    file_id: Optional[str] = None
    """File ID for the mask image."""


class ImageGenTool(BaseModel):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"]
    """The type of the image generation tool. Always `image_generation`."""

    model: Optional[Union[str, Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"]]] = None
    quality: Optional[Literal["low", "medium", "high", "auto"]] = None
    """The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`."""

    size: Optional[Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]] = None
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."""

    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    """The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`."""

    output_compression: Optional[int] = None
    """Compression level for the output image. Default: 100."""

    moderation: Optional[Literal["auto", "low"]] = None
    """Moderation level for the generated image. Default: `auto`."""

    background: Optional[Literal["transparent", "opaque", "auto"]] = None
    """Background type for the generated image. One of `transparent`,
    `opaque`, or `auto`. Default: `auto`."""

    input_fidelity: Optional[InputFidelity] = None
    input_image_mask: Optional[InputImageMask] = None
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    partial_images: Optional[int] = None
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""

    action: Optional[ImageGenActionEnum] = None
    """Whether to generate a new image or edit an existing image. Default: `auto`."""
