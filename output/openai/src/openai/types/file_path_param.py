# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "FilePathParam",
]


class FilePathParam(TypedDict, total=False):
    """A path to a file."""

    type: Required[Literal["file_path"]]
    """The type of the file path. Always `file_path`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""
