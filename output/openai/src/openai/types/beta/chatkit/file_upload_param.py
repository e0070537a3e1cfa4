# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "FileUploadParam",
]


class FileUploadParam(TypedDict, total=False):
    """Controls whether users can upload files."""

    enabled: bool
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size."""

    max_files: int
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""
