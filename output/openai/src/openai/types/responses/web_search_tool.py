# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Filters",
    "UserLocation",
    "WebSearchTool",
]


class Filters(BaseModel):
    """Filters for the search."""

    allowed_domains: Optional[List[str]] = None


class UserLocation(BaseModel):
    """The approximate location of the user."""

    type: Optional[Literal["approximate"]] = None
    """The type of location approximation. Always `approximate`."""

    country: Optional[str] = None
    region: Optional[str] = None
    city: Optional[str] = None
    timezone: Optional[str] = None


class WebSearchTool(BaseModel):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search)."""

    type: Literal["web_search", "web_search_2025_08_26"]
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    filters: Optional[Filters] = None
    user_location: Optional[UserLocation] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""
