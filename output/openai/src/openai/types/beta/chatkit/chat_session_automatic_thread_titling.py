# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "ChatSessionAutomaticThreadTitling",
]


class ChatSessionAutomaticThreadTitling(BaseModel):
    """Automatic thread title preferences for the session."""

    enabled: bool
    """Whether automatic thread titling is enabled."""
