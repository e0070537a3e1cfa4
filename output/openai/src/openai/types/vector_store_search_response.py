# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from ..types.vector_store_file_attributes import VectorStoreFileAttributes
from ..types.vector_store_search_result_content_object import VectorStoreSearchResultContentObject

__all__ = [
    "VectorStoreSearchResponse",
]


class VectorStoreSearchResponse(BaseModel):
    file_id: str
    """The ID of the vector store file."""

    filename: str
    """The name of the vector store file."""

    score: float
    """The similarity score for the result."""

    attributes: Optional[VectorStoreFileAttributes] = None
    content: List[VectorStoreSearchResultContentObject]
    """Content chunks from the file."""
