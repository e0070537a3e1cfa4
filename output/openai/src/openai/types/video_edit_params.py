# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes
from ..types.video_reference_input_param import VideoReferenceInputParam

__all__ = [
    "Video",
    "VideoEditParams",
]


Video: TypeAlias = Union[FileTypes, VideoReferenceInputParam]


class VideoEditParams(TypedDict, total=False):
    video: Required[Video]
    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
