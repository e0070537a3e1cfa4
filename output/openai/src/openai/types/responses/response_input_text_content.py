# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseInputTextContent",
]


class ResponseInputTextContent(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`."""

    text: str
    """The text input to the model."""
