# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.conversations.conversation_item import ConversationItem

__all__ = [
    "ConversationItemList",
]


class ConversationItemList(BaseModel):
    """A list of Conversation items."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: List[ConversationItem]
    """A list of conversation items."""

    has_more: bool
    """Whether there are more items available."""

    first_id: str
    """The ID of the first item in the list."""

    last_id: str
    """The ID of the last item in the list."""
