# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "FileSearchRankingOptions",
    "FileSearchResultContent",
    "FileSearchResult",
    "FileSearch",
    "FileSearchToolCall",
]


class FileSearchRankingOptions(BaseModel):
    """The ranking options for the file search."""

    ranker: Literal["auto", "default_2024_08_21"]
    """The ranker to use for the file search. If not specified will use the `auto` ranker."""

    score_threshold: float
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""


class FileSearchResultContent(BaseModel):
    type: Optional[Literal["text"]] = None
    """The type of the content."""

    text: Optional[str] = None
    """The text content of the file."""


class FileSearchResult(BaseModel):
    """A result instance of the file search."""

    file_id: str
    """The ID of the file that result was found in."""

    file_name: str
    """The name of the file that result was found in."""

    score: float
    """The score of the result. All values must be a floating point number between 0 and 1."""

    content: Optional[List[FileSearchResultContent]] = None
    """The content of the result that was found. The content is only included if requested via the include query parameter."""


class FileSearch(BaseModel):
    """For now, this is always going to be an empty object."""

    ranking_options: Optional[FileSearchRankingOptions] = None
    """The ranking options for the file search."""

    results: Optional[List[FileSearchResult]] = None
    """The results of the file search."""


class FileSearchToolCall(BaseModel):
    """File search tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["file_search"]
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: FileSearch
    """For now, this is always going to be an empty object."""
