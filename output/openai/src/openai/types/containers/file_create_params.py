# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ..._types import FileTypes

__all__ = [
    "FileCreateParams",
]


class FileCreateParams(TypedDict, total=False):
    file_id: str
    """Name of the file to create."""

    file: FileTypes
    """The File object (not file name) to be uploaded."""
