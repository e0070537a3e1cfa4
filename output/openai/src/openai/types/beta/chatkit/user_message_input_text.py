# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "UserMessageInputText",
]


class UserMessageInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`."""

    text: str
    """Plain-text content supplied by the user."""
