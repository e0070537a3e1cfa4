# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.click_button_type import ClickButtonType

__all__ = [
    "ClickParam",
]


class ClickParam(BaseModel):
    """A click action."""

    type: Literal["click"]
    """Specifies the event type. For a click action, this property is always `click`."""

    button: ClickButtonType
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`."""

    x: int
    """The x-coordinate where the click occurred."""

    y: int
    """The y-coordinate where the click occurred."""

    keys: Optional[List[str]] = None
