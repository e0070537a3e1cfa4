# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ImageURLParam",
]


class ImageURLParam(TypedDict, total=False):
    url: Required[str]
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`"""
