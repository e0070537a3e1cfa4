# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "DoubleClickAction",
]


class DoubleClickAction(BaseModel):
    """A double click action."""

    type: Literal["double_click"]
    """Specifies the event type. For a double click action, this property is always set to `double_click`."""

    x: int
    """The x-coordinate where the double click occurred."""

    y: int
    """The y-coordinate where the double click occurred."""

    keys: Optional[List[str]] = None
