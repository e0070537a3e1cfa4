# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ...types.vector_store_file_attributes_param import VectorStoreFileAttributesParam

__all__ = [
    "Result",
    "ResponseFileSearchToolCallParam",
]


class Result(TypedDict, total=False):
    file_id: str
    """The unique ID of the file."""

    text: str
    """The text that was retrieved from the file."""

    filename: str
    """The name of the file."""

    attributes: Optional[VectorStoreFileAttributesParam]
    score: float
    """The relevance score of the file - a value between 0 and 1."""


class ResponseFileSearchToolCallParam(TypedDict, total=False):
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information."""

    id: Required[str]
    """The unique ID of the file search tool call."""

    type: Required[Literal["file_search_call"]]
    """The type of the file search tool call. Always `file_search_call`."""

    status: Required[Literal["in_progress", "searching", "completed", "incomplete", "failed"]]
    """The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,"""

    queries: Required[SequenceNotStr[str]]
    """The queries used to search for files."""

    results: Optional[Iterable[Result]]
