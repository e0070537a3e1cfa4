# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Conversation",
    "ConversationCreatedEvent",
]


class Conversation(BaseModel):
    """The conversation resource."""

    id: Optional[str] = None
    """The unique ID of the conversation."""

    object: Optional[str] = None
    """The object type, must be `realtime.conversation`."""


class ConversationCreatedEvent(BaseModel):
    """Returned when a conversation is created. Emitted right after session creation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.created"]
    """The event type, must be `conversation.created`."""

    conversation: Conversation
    """The conversation resource."""
