# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "WebSearchActionFind",
]


class WebSearchActionFind(BaseModel):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Literal["find_in_page"]
    """The action type."""

    url: str
    """The URL of the page searched for the pattern."""

    pattern: str
    """The pattern or text to search for within the page."""
