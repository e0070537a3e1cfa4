# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.vector_store_file_attributes import VectorStoreFileAttributes

__all__ = [
    "Result",
    "ResponseFileSearchToolCall",
]


class Result(BaseModel):
    file_id: Optional[str] = None
    """The unique ID of the file."""

    text: Optional[str] = None
    """The text that was retrieved from the file."""

    filename: Optional[str] = None
    """The name of the file."""

    attributes: Optional[VectorStoreFileAttributes] = None
    score: Optional[float] = None
    """The relevance score of the file - a value between 0 and 1."""


class ResponseFileSearchToolCall(BaseModel):
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information."""

    id: str
    """The unique ID of the file search tool call."""

    type: Literal["file_search_call"]
    """The type of the file search tool call. Always `file_search_call`."""

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,"""

    queries: List[str]
    """The queries used to search for files."""

    results: Optional[List[Result]] = None
