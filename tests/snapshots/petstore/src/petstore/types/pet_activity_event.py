# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import datetime
from typing import Optional

from .._models import BaseModel
from ..types.activity_kind import ActivityKind

__all__ = [
    "PetActivityEvent",
]


class PetActivityEvent(BaseModel):
    """One thing the pet did."""

    kind: ActivityKind
    """What the pet did."""

    at: datetime
    """When it happened."""

    note: Optional[str] = None
    """A free-text note."""
