# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.vector_store_file_attributes import VectorStoreFileAttributes

__all__ = [
    "Content",
    "VectorStoreSearchResponse",
]


class Content(BaseModel):
    type: Literal["text"]
    """The type of content."""

    text: str
    """The text content returned from search."""


class VectorStoreSearchResponse(BaseModel):
    file_id: str
    """The ID of the vector store file."""

    filename: str
    """The name of the vector store file."""

    score: float
    """The similarity score for the result."""

    attributes: Optional[VectorStoreFileAttributes] = None
    content: List[Content]
    """Content chunks from the file."""
