# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.threads.text import Text

__all__ = [
    "TextContentBlock",
]


class TextContentBlock(BaseModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: Text
