# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "File",
    "Upload",
]


class File(BaseModel):
    id: str
    """The file identifier, which can be referenced in the API endpoints."""

    bytes: int
    """The size of the file, in bytes."""

    created_at: int
    """The Unix timestamp (in seconds) for when the file was created."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the file will expire."""

    filename: str
    """The name of the file."""

    object: Literal["file"]
    """The object type, which is always `file`."""

    purpose: Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "vision",
        "user_data",
    ]
    """The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`."""

    status: Literal["uploaded", "processed", "error"]
    """Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`."""

    status_details: Optional[str] = None
    """Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on `fine_tuning.job`."""


class Upload(BaseModel):
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str
    """The Upload unique identifier, which can be referenced in API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the Upload was created."""

    filename: str
    """The name of the file to be uploaded."""

    bytes: int
    """The intended number of bytes to be uploaded."""

    purpose: str
    """The intended purpose of the file. [Please refer here](/docs/api-reference/files/object#files/object-purpose) for acceptable values."""

    status: Literal["pending", "completed", "cancelled", "expired"]
    """The status of the Upload."""

    expires_at: int
    """The Unix timestamp (in seconds) for when the Upload will expire."""

    object: Optional[Literal["upload"]] = None
    """The object type, which is always "upload"."""

    file: Optional[File] = None
