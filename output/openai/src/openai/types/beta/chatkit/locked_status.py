# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "LockedStatus",
]


class LockedStatus(BaseModel):
    """Indicates that a thread is locked and cannot accept new input."""

    type: Literal["locked"]
    """Status discriminator that is always `locked`."""

    reason: Optional[str] = None
