# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "PetDeleted",
]


class PetDeleted(BaseModel):
    """Confirmation that a pet was deleted."""

    id: str
    """The ID of the deleted pet."""

    object: Literal["pet.deleted"]
    """Always `pet.deleted`."""

    deleted: bool
    """Always true."""
