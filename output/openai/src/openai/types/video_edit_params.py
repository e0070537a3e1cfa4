# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..types.video_reference_input_param_param import VideoReferenceInputParamParam

__all__ = [
    "VideoEditParams",
]


class VideoEditParams(TypedDict, total=False):
    video: Required[VideoReferenceInputParamParam]
    """Reference to the completed video to edit."""

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
