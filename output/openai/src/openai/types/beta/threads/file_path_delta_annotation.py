# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "FilePath",
    "FilePathDeltaAnnotation",
]


class FilePath(BaseModel):
    file_id: Optional[str] = None
    """The ID of the file that was generated."""


class FilePathDeltaAnnotation(BaseModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int
    """The index of the annotation in the text content part."""

    type: Literal["file_path"]
    """Always `file_path`."""

    text: Optional[str] = None
    """The text in the message content that needs to be replaced."""

    file_path: Optional[FilePath] = None
    start_index: Optional[int] = None
    end_index: Optional[int] = None
