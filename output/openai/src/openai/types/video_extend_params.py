# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..types.video_reference_input_param_param import VideoReferenceInputParamParam
from ..types.video_seconds import VideoSeconds

__all__ = [
    "VideoExtendParams",
]


class VideoExtendParams(TypedDict, total=False):
    video: Required[VideoReferenceInputParamParam]
    """Reference to the completed video to extend."""

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
