# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.shared.metadata import Metadata

__all__ = [
    "FileCounts",
    "ExpiresAfter",
    "VectorStore",
]


class FileCounts(BaseModel):
    in_progress: int
    """The number of files that are currently being processed."""

    completed: int
    """The number of files that have been successfully processed."""

    failed: int
    """The number of files that have failed to process."""

    cancelled: int
    """The number of files that were cancelled."""

    total: int
    """The total number of files."""


class ExpiresAfter(BaseModel):
    """The expiration policy for a vector store."""

    anchor: Literal["last_active_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: int
    """The number of days after the anchor time that the vector store will expire."""


class VectorStore(BaseModel):
    """A vector store is a collection of processed files can be used by the `file_search` tool."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store"]
    """The object type, which is always `vector_store`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store was created."""

    name: str
    """The name of the vector store."""

    usage_bytes: int
    """The total number of bytes used by the files in the vector store."""

    file_counts: FileCounts
    status: Literal["expired", "in_progress", "completed"]
    """The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use."""

    expires_after: Optional[ExpiresAfter] = None
    """The expiration policy for a vector store."""

    expires_at: Optional[int] = None
    last_active_at: Optional[int] = None
    metadata: Optional[Metadata] = None
