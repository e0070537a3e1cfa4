# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypedDict

__all__ = [
    "WebSearchApproximateLocationParam",
]


class WebSearchApproximateLocationParam(TypedDict, total=False):
    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: Optional[str]
    region: Optional[str]
    city: Optional[str]
    timezone: Optional[str]
