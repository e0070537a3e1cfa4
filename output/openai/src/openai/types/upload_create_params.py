# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.file_expiration_after_param import FileExpirationAfterParam

__all__ = [
    "UploadCreateParams",
]


class UploadCreateParams(TypedDict, total=False):
    filename: Required[str]
    """The name of the file to upload."""

    purpose: Required[Literal["assistants", "batch", "fine-tune", "vision"]]
    """The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose)."""

    bytes: Required[int]
    """The number of bytes in the file you are uploading."""

    mime_type: Required[str]
    """The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision."""

    expires_after: FileExpirationAfterParam
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted."""
