# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ....types.beta.threads.image_file_param import ImageFileParam

__all__ = [
    "ImageFileContentBlockParam",
]


class ImageFileContentBlockParam(TypedDict, total=False):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Required[Literal["image_file"]]
    """Always `image_file`."""

    image_file: Required[ImageFileParam]
