# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ChatCompletionDeleted",
]


class ChatCompletionDeleted(BaseModel):
    object: Literal["chat.completion.deleted"]
    """The type of object being deleted."""

    id: str
    """The ID of the chat completion that was deleted."""

    deleted: bool
    """Whether the chat completion was deleted."""
