# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Part",
    "ResponseContentPartDoneEvent",
]


class Part(BaseModel):
    """The content part that is done."""

    type: Optional[Literal["audio", "text"]] = None
    """The content type ("text", "audio")."""

    text: Optional[str] = None
    """The text content (if type is "text")."""

    audio: Optional[str] = None
    """Base64-encoded audio data (if type is "audio")."""

    transcript: Optional[str] = None
    """The transcript of the audio (if type is "audio")."""


class ResponseContentPartDoneEvent(BaseModel):
    """Returned when a content part is done streaming in an assistant message item.
    Also emitted when a Response is interrupted, incomplete, or cancelled."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.content_part.done"]
    """The event type, must be `response.content_part.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    part: Part
    """The content part that is done."""
