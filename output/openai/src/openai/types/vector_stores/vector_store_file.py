# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.file_chunking_strategy import FileChunkingStrategy
from ...types.vector_store_file_attributes import VectorStoreFileAttributes

__all__ = [
    "LastError",
    "VectorStoreFile",
]


class LastError(BaseModel):
    """The last error associated with this vector store file. Will be `null` if there are no errors."""

    code: Literal["server_error", "unsupported_file", "invalid_file"]
    """One of `server_error`, `unsupported_file`, or `invalid_file`."""

    message: str
    """A human-readable description of the error."""


class VectorStoreFile(BaseModel):
    """A list of files attached to a vector store."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.file"]
    """The object type, which is always `vector_store.file`."""

    usage_bytes: int
    """The total vector store usage in bytes. Note that this may be different from the original file size."""

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store file was created."""

    vector_store_id: str
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files) is attached to."""

    status: Literal["in_progress", "completed", "cancelled", "failed"]
    """The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use."""

    last_error: Optional[LastError] = None
    chunking_strategy: Optional[FileChunkingStrategy] = None
    """The strategy used to chunk the file."""

    attributes: Optional[VectorStoreFileAttributes] = None
