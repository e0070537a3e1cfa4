# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "TextContentBlockParam",
]


class TextContentBlockParam(TypedDict, total=False):
    """A text content."""

    type: Required[Literal["text"]]
    text: Required[str]
