# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "WebSearchLocationParam",
]


class WebSearchLocationParam(TypedDict, total=False):
    """Approximate location parameters for the search."""

    country: str
    """The two-letter 
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`."""

    region: str
    """Free text input for the region of the user, e.g. `California`."""

    city: str
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) 
    of the user, e.g. `America/Los_Angeles`."""
