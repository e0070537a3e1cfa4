# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.priority import Priority

__all__ = [
    "Gadget",
]


class Gadget(BaseModel):
    """An electrical widget."""

    id: str
    """The widget ID."""

    object: Literal["widget"]
    """Always `widget`."""

    kind: Literal["gadget"]
    """Always `gadget`."""

    name: str
    """The display name."""

    color: Optional[str] = None
    """The colour, if painted."""

    priority: Priority
    """Priority: 1 is highest, 4 is lowest."""

    voltage: Optional[float] = None
    """The operating voltage, if powered."""
