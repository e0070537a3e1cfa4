# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ...types.file_search_ranking_options_param import FileSearchRankingOptionsParam

__all__ = [
    "FileSearch",
    "FileSearchToolParam",
]


class FileSearch(TypedDict, total=False):
    """Overrides for the file search tool."""

    max_num_results: int
    """The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    ranking_options: FileSearchRankingOptionsParam
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""


class FileSearchToolParam(TypedDict, total=False):
    """FileSearch tool"""

    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`"""

    file_search: FileSearch
    """Overrides for the file search tool."""
