# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypeAlias, TypedDict

__all__ = [
    "WebSearchApproximateLocationParam2",
    "WebSearchApproximateLocationParam",
]


class WebSearchApproximateLocationParam2(TypedDict, total=False):
    """The approximate location of the user."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: Optional[str]
    region: Optional[str]
    city: Optional[str]
    timezone: Optional[str]


WebSearchApproximateLocationParam: TypeAlias = Optional[WebSearchApproximateLocationParam2]
