# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from ..types.click_button_type import ClickButtonType

__all__ = [
    "ClickParamParam",
]


class ClickParamParam(TypedDict, total=False):
    """A click action."""

    type: Required[Literal["click"]]
    """Specifies the event type. For a click action, this property is always `click`."""

    button: Required[ClickButtonType]
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`."""

    x: Required[int]
    """The x-coordinate where the click occurred."""

    y: Required[int]
    """The y-coordinate where the click occurred."""

    keys: Optional[SequenceNotStr[str]]
