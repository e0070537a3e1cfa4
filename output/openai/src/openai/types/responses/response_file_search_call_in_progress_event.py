# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseFileSearchCallInProgressEvent",
]


class ResponseFileSearchCallInProgressEvent(BaseModel):
    """Emitted when a file search call is initiated."""

    type: Literal["response.file_search_call.in_progress"]
    """The type of the event. Always `response.file_search_call.in_progress`."""

    output_index: int
    """The index of the output item that the file search call is initiated."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""
