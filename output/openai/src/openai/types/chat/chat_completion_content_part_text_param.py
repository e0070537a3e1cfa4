# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ChatCompletionContentPartTextParam",
]


class ChatCompletionContentPartTextParam(TypedDict, total=False):
    """Learn about [text inputs](/docs/guides/text-generation)."""

    type: Required[Literal["text"]]
    """The type of the content part."""

    text: Required[str]
    """The text content."""
