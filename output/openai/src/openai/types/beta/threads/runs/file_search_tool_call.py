# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ....._models import BaseModel
from .....types.run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .....types.run_step_details_tool_calls_file_search_result_object import (
    RunStepDetailsToolCallsFileSearchResultObject,
)

__all__ = [
    "FileSearch",
    "FileSearchToolCall",
]


class FileSearch(BaseModel):
    """For now, this is always going to be an empty object."""

    ranking_options: Optional[RunStepDetailsToolCallsFileSearchRankingOptionsObject] = None
    """The ranking options for the file search."""

    results: Optional[List[RunStepDetailsToolCallsFileSearchResultObject]] = None
    """The results of the file search."""


class FileSearchToolCall(BaseModel):
    """File search tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["file_search"]
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: FileSearch
    """For now, this is always going to be an empty object."""
