# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "KeyPressActionParam",
]


class KeyPressActionParam(TypedDict, total=False):
    """A collection of keypresses the model would like to perform."""

    type: Required[Literal["keypress"]]
    """Specifies the event type. For a keypress action, this property is always set to `keypress`."""

    keys: Required[SequenceNotStr[str]]
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""
