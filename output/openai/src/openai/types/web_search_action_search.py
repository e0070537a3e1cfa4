# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Source",
    "WebSearchActionSearch",
]


class Source(BaseModel):
    """A source used in the search."""

    type: Literal["url"]
    """The type of source. Always `url`."""

    url: str
    """The URL of the source."""


class WebSearchActionSearch(BaseModel):
    """Action type "search" - Performs a web search query."""

    type: Literal["search"]
    """The action type."""

    query: str
    """[DEPRECATED] The search query."""

    queries: Optional[List[str]] = None
    """The search queries."""

    sources: Optional[List[Source]] = None
    """The sources used in the search."""
