# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "WaitParam",
]


class WaitParam(BaseModel):
    """A wait action."""

    type: Literal["wait"]
    """Specifies the event type. For a wait action, this property is always set to `wait`."""
