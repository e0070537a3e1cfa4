# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Part",
    "ResponseContentPartAddedEvent",
]


class Part(BaseModel):
    """The content part that was added."""

    type: Optional[Literal["audio", "text"]] = None
    """The content type ("text", "audio")."""

    text: Optional[str] = None
    """The text content (if type is "text")."""

    audio: Optional[str] = None
    """Base64-encoded audio data (if type is "audio")."""

    transcript: Optional[str] = None
    """The transcript of the audio (if type is "audio")."""


class ResponseContentPartAddedEvent(BaseModel):
    """Returned when a new content part is added to an assistant message item during
    response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.content_part.added"]
    """The event type, must be `response.content_part.added`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item to which the content part was added."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    part: Part
    """The content part that was added."""
