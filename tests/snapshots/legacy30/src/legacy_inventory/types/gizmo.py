# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.priority import Priority

__all__ = [
    "Gizmo",
]


class Gizmo(BaseModel):
    """A mechanical widget."""

    id: str
    """The widget ID."""

    object: Literal["widget"]
    """Always `widget`."""

    kind: Literal["gizmo"]
    """Always `gizmo`."""

    name: str
    """The display name."""

    priority: Priority
    """Priority: 1 is highest, 4 is lowest."""

    teeth: Optional[int] = None
    """How many teeth the gizmo has."""

    material: Optional[str] = None
    """What it is made of, if known."""
