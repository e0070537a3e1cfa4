# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.pet_activity_event import PetActivityEvent

__all__ = [
    "PetActivityChunk",
]


class PetActivityChunk(BaseModel):
    """STREAM CHUNK: one server-sent event of the `text/event-stream` response of `POST /pets/{pet_id}/events` when `stream` is true. Each `data:` line holds one of these."""

    id: str
    """The activity report ID, the same in every chunk."""

    object: Literal["pet.activity.chunk"]
    """Always `pet.activity.chunk`."""

    index: int
    """The position of this chunk in the stream, from 0."""

    event: PetActivityEvent
    """The event carried by this chunk."""

    done: bool
    """True on the last chunk."""
