# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "WebSearchActionFindParam",
]


class WebSearchActionFindParam(TypedDict, total=False):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Required[Literal["find_in_page"]]
    """The action type."""

    url: Required[str]
    """The URL of the page searched for the pattern."""

    pattern: Required[str]
    """The pattern or text to search for within the page."""
