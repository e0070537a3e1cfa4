# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.priority import Priority

__all__ = [
    "WidgetCreateParams",
]


class WidgetCreateParams(TypedDict, total=False):
    kind: Required[Literal["gadget", "gizmo"]]
    """The kind of widget."""

    name: Required[str]
    """The display name."""

    priority: Priority
    """Priority: 1 is highest, 4 is lowest."""

    color: Optional[str]
    """The colour (gadgets only)."""
