# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.realtime.conversation_item import ConversationItem

__all__ = [
    "ConversationItemDone",
]


class ConversationItemDone(BaseModel):
    """Returned when a conversation item is finalized.

    The event will include the full content of the Item except for audio data, which can be retrieved separately with a `conversation.item.retrieve` event if needed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.done"]
    """The event type, must be `conversation.item.done`."""

    previous_item_id: Optional[str] = None
    item: ConversationItem
    """A single item within a Realtime conversation."""
