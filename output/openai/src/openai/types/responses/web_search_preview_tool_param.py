# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "UserLocation",
    "WebSearchPreviewToolParam",
]


class UserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    country: Optional[str]
    region: Optional[str]
    city: Optional[str]
    timezone: Optional[str]


class WebSearchPreviewToolParam(TypedDict, total=False):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search)."""

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

    user_location: Optional[UserLocation]
    search_context_size: Literal["low", "medium", "high"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""

    search_content_types: Iterable[Literal["text", "image"]]
