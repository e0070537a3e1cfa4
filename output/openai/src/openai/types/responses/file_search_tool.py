# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.filters import Filters
from ...types.ranking_options import RankingOptions

__all__ = [
    "FileSearchTool",
]


class FileSearchTool(BaseModel):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search)."""

    type: Literal["file_search"]
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: List[str]
    """The IDs of the vector stores to search."""

    max_num_results: Optional[int] = None
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    ranking_options: Optional[RankingOptions] = None
    """Ranking options for search."""

    filters: Optional[Filters] = None
