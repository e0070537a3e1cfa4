# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.file_search_ranking_options import FileSearchRankingOptions

__all__ = [
    "FileSearch",
    "FileSearchTool",
]


class FileSearch(BaseModel):
    """Overrides for the file search tool."""

    max_num_results: Optional[int] = None
    """The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    ranking_options: Optional[FileSearchRankingOptions] = None
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""


class FileSearchTool(BaseModel):
    """FileSearch tool"""

    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""

    file_search: Optional[FileSearch] = None
    """Overrides for the file search tool."""
