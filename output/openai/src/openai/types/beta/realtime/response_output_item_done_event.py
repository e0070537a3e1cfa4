# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.realtime.conversation_item import ConversationItem

__all__ = [
    "ResponseOutputItemDoneEvent",
]


class ResponseOutputItemDoneEvent(BaseModel):
    """Returned when an Item is done streaming. Also emitted when a Response is
    interrupted, incomplete, or cancelled."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_item.done"]
    """The event type, must be `response.output_item.done`."""

    response_id: str
    """The ID of the Response to which the item belongs."""

    output_index: int
    """The index of the output item in the Response."""

    item: ConversationItem
    """A single item within a Realtime conversation."""
