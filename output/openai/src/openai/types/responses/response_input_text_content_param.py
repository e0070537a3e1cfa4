# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ResponseInputTextContentParam",
]


class ResponseInputTextContentParam(TypedDict, total=False):
    """A text input to the model."""

    type: Required[Literal["input_text"]]
    """The type of the input item. Always `input_text`."""

    text: Required[str]
    """The text input to the model."""
