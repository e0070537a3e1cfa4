# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "OwnerAdministrator",
]


class OwnerAdministrator(BaseModel):
    """The owner, who gave the vaccine at home."""

    type: Literal["owner"]
    """Always `owner`."""

    owner_id: str
    """The owner's ID."""
