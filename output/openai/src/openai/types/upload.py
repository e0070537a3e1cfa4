# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.file_object import FileObject

__all__ = [
    "Upload",
]


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

    file: Optional[FileObject] = None
