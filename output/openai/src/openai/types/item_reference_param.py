# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ItemReferenceParam",
]


class ItemReferenceParam(BaseModel):
    """An internal identifier for an item to reference."""

    type: Optional[Literal["item_reference"]] = None
    id: str
    """The ID of the item to reference."""
