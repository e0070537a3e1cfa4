# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ...types.web_search_approximate_location_param import WebSearchApproximateLocationParam

__all__ = [
    "Filters",
    "WebSearchToolParam",
]


class Filters(TypedDict, total=False):
    """Filters for the search."""

    allowed_domains: Optional[SequenceNotStr[str]]


class WebSearchToolParam(TypedDict, total=False):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search)."""

    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    filters: Optional[Filters]
    user_location: Optional[WebSearchApproximateLocationParam]
    search_context_size: Literal["low", "medium", "high"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""
