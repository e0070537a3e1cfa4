# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ItemReferenceParamParam",
]


class ItemReferenceParamParam(TypedDict, total=False):
    """An internal identifier for an item to reference."""

    type: Optional[Literal["item_reference"]]
    id: Required[str]
    """The ID of the item to reference."""
