# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ...types.filters_param import FiltersParam
from ...types.ranking_options_param import RankingOptionsParam

__all__ = [
    "FileSearchToolParam",
]


class FileSearchToolParam(TypedDict, total=False):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search)."""

    type: Required[Literal["file_search"]]
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: Required[SequenceNotStr[str]]
    """The IDs of the vector stores to search."""

    max_num_results: int
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    ranking_options: RankingOptionsParam
    """Ranking options for search."""

    filters: Optional[FiltersParam]
