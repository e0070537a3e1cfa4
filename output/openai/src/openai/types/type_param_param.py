# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "TypeParamParam",
]


class TypeParamParam(TypedDict, total=False):
    """An action to type in text."""

    type: Required[Literal["type"]]
    """Specifies the event type. For a type action, this property is always set to `type`."""

    text: Required[str]
    """The text to type."""
