# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ConversationParam2",
]


class ConversationParam2(BaseModel):
    """The conversation that this response belongs to."""

    id: str
    """The unique ID of the conversation."""
