# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes
from ..types.image_ref_param2_param import ImageRefParam2Param
from ..types.video_model_param import VideoModelParam
from ..types.video_seconds import VideoSeconds
from ..types.video_size import VideoSize

__all__ = [
    "InputReference",
    "VideoCreateParams",
]


InputReference: TypeAlias = Union[FileTypes, ImageRefParam2Param]


class VideoCreateParams(TypedDict, total=False):
    model: VideoModelParam
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: Required[str]
    """Text prompt that describes the video to generate."""

    input_reference: InputReference
    seconds: VideoSeconds
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: VideoSize
    """Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280."""
