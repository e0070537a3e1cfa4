# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TypeParam",
]


class TypeParam(BaseModel):
    """An action to type in text."""

    type: Literal["type"]
    """Specifies the event type. For a type action, this property is always set to `type`."""

    text: str
    """The text to type."""
