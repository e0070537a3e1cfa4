# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "FileCreateResponse",
]


class FileCreateResponse(BaseModel):
    id: str
    """Unique identifier for the file."""

    object: str
    """The type of this object (`container.file`)."""

    container_id: str
    """The container this file belongs to."""

    created_at: int
    """Unix timestamp (in seconds) when the file was created."""

    bytes: int
    """Size of the file in bytes."""

    path: str
    """Path of the file in the container."""

    source: str
    """Source of the file (e.g., `user`, `assistant`)."""
