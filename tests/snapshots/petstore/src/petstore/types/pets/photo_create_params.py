# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..._types import FileTypes

__all__ = [
    "PhotoCreateParams",
]


class PhotoCreateParams(TypedDict, total=False):
    file: Required[FileTypes]
    """The image file, PNG or JPEG."""

    caption: str
    """A caption for the photo."""
