# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "WebSearchApproximateLocation",
]


class WebSearchApproximateLocation(BaseModel):
    type: Optional[Literal["approximate"]] = None
    """The type of location approximation. Always `approximate`."""

    country: Optional[str] = None
    region: Optional[str] = None
    city: Optional[str] = None
    timezone: Optional[str] = None
