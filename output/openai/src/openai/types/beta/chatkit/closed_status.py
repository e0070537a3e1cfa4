# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "ClosedStatus",
]


class ClosedStatus(BaseModel):
    """Indicates that a thread has been closed."""

    type: Literal["closed"]
    """Status discriminator that is always `closed`."""

    reason: Optional[str] = None
