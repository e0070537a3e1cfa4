# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = [
    "WidgetListParams",
]


class WidgetListParams(TypedDict, total=False):
    kind: Literal["gadget", "gizmo"]
    """Only return widgets of this kind."""
