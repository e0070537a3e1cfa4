# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "KeyPressAction",
]


class KeyPressAction(BaseModel):
    """A collection of keypresses the model would like to perform."""

    type: Literal["keypress"]
    """Specifies the event type. For a keypress action, this property is always set to `keypress`."""

    keys: List[str]
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""
