# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes
from ..types.video_reference_input_param import VideoReferenceInputParam
from ..types.video_seconds import VideoSeconds

__all__ = [
    "Video",
    "VideoExtendParams",
]


Video: TypeAlias = Union[VideoReferenceInputParam, FileTypes]


class VideoExtendParams(TypedDict, total=False):
    video: Required[Video]
    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
