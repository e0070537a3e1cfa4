# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ..types.hybrid_search_options_param import HybridSearchOptionsParam
from ..types.ranker_version_type import RankerVersionType

__all__ = [
    "RankingOptionsParam",
]


class RankingOptionsParam(TypedDict, total=False):
    ranker: RankerVersionType
    """The ranker to use for the file search."""

    score_threshold: float
    """The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results."""

    hybrid_search: HybridSearchOptionsParam
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled."""
