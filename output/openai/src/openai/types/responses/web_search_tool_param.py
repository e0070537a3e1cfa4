# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "Filters",
    "UserLocation",
    "WebSearchToolParam",
]


class Filters(TypedDict, total=False):
    """Filters for the search."""

    allowed_domains: Optional[SequenceNotStr[str]]


class UserLocation(TypedDict, total=False):
    """The approximate location of the user."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: Optional[str]
    region: Optional[str]
    city: Optional[str]
    timezone: Optional[str]


class WebSearchToolParam(TypedDict, total=False):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search)."""

    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    filters: Optional[Filters]
    user_location: Optional[UserLocation]
    search_context_size: Literal["low", "medium", "high"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""
