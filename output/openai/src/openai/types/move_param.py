# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "MoveParam",
]


class MoveParam(BaseModel):
    """A mouse move action."""

    type: Literal["move"]
    """Specifies the event type. For a move action, this property is always set to `move`."""

    x: int
    """The x-coordinate to move to."""

    y: int
    """The y-coordinate to move to."""

    keys: Optional[List[str]] = None
