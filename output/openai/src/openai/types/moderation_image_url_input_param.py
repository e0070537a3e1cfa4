# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ImageURL",
    "ModerationImageURLInputParam",
]


class ImageURL(TypedDict, total=False):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""


class ModerationImageURLInputParam(TypedDict, total=False):
    """An object describing an image to classify."""

    type: Required[Literal["image_url"]]
    """Always `image_url`."""

    image_url: Required[ImageURL]
    """Contains either an image URL or a data URL for a base64 encoded image."""
