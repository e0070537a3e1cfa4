# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ..types.video_content_variant import VideoContentVariant

__all__ = [
    "VideoDownloadContentParams",
]


class VideoDownloadContentParams(TypedDict, total=False):
    variant: VideoContentVariant
    """Which downloadable asset to return. Defaults to the MP4 video."""
