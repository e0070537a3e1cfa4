# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "ConversationItemContent",
]


class ConversationItemContent(BaseModel):
    type: Optional[Literal["input_audio", "input_text", "item_reference", "text"]] = None
    """The content type (`input_text`, `input_audio`, `item_reference`, `text`)."""

    text: Optional[str] = None
    """The text content, used for `input_text` and `text` content types."""

    id: Optional[str] = None
    """ID of a previous conversation item to reference (for `item_reference`
    content types in `response.create` events). These can reference both
    client and server created items."""

    audio: Optional[str] = None
    """Base64-encoded audio bytes, used for `input_audio` content type."""

    transcript: Optional[str] = None
    """The transcript of the audio, used for `input_audio` content type."""
