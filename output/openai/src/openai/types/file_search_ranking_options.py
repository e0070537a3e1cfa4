# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "FileSearchRankingOptions",
]


class FileSearchRankingOptions(BaseModel):
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    ranker: Optional[Literal["auto", "default_2024_08_21"]] = None
    """The ranker to use for the file search. If not specified will use the `auto` ranker."""

    score_threshold: float
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""
