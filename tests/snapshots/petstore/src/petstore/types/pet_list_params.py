# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

from ..types.pet_status import PetStatus

__all__ = [
    "PetListParams",
]


class PetListParams(TypedDict, total=False):
    after: str
    """A cursor; return the items that come after the item with this ID."""

    limit: int
    """How many items to return, between 1 and 100."""

    status: PetStatus
    """Only return pets with this status."""

    order: Literal["asc", "desc"]
    """Sort order by creation time."""
