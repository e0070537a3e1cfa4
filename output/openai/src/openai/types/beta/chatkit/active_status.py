# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "ActiveStatus",
]


class ActiveStatus(BaseModel):
    """Indicates that a thread is active."""

    type: Literal["active"]
    """Status discriminator that is always `active`."""
