# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ScrollParam",
]


class ScrollParam(BaseModel):
    """A scroll action."""

    type: Literal["scroll"]
    """Specifies the event type. For a scroll action, this property is always set to `scroll`."""

    x: int
    """The x-coordinate where the scroll occurred."""

    y: int
    """The y-coordinate where the scroll occurred."""

    scroll_x: int
    """The horizontal scroll distance."""

    scroll_y: int
    """The vertical scroll distance."""

    keys: Optional[List[str]] = None
