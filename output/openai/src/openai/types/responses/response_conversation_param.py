# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "ResponseConversationParam",
]


class ResponseConversationParam(BaseModel):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: str
    """The unique ID of the conversation that this response was associated with."""
