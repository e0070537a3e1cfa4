# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "Source",
    "WebSearchActionSearchParam",
]


class Source(TypedDict, total=False):
    """A source used in the search."""

    type: Required[Literal["url"]]
    """The type of source. Always `url`."""

    url: Required[str]
    """The URL of the source."""


class WebSearchActionSearchParam(TypedDict, total=False):
    """Action type "search" - Performs a web search query."""

    type: Required[Literal["search"]]
    """The action type."""

    query: Required[str]
    """[DEPRECATED] The search query."""

    queries: SequenceNotStr[str]
    """The search queries."""

    sources: Iterable[Source]
    """The sources used in the search."""
