# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Amount",
    "CostsResult",
]


class Amount(BaseModel):
    """The monetary value in its associated currency."""

    value: Optional[float] = None
    """The numeric value of the cost."""

    currency: Optional[str] = None
    """Lowercase ISO-4217 currency e.g. "usd" """


class CostsResult(BaseModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"]
    amount: Optional[Amount] = None
    """The monetary value in its associated currency."""

    line_item: Optional[str] = None
    project_id: Optional[str] = None
    api_key_id: Optional[str] = None
    quantity: Optional[float] = None
