# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = [
    "VideoCreateCharacterParams",
]


class VideoCreateCharacterParams(TypedDict, total=False):
    video: Required[FileTypes]
    """Video file used to create a character."""

    name: Required[str]
    """Display name for this API character."""
