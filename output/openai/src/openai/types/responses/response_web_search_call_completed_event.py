# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseWebSearchCallCompletedEvent",
]


class ResponseWebSearchCallCompletedEvent(BaseModel):
    """Emitted when a web search call is completed."""

    type: Literal["response.web_search_call.completed"]
    """The type of the event. Always `response.web_search_call.completed`."""

    output_index: int
    """The index of the output item that the web search call is associated with."""

    item_id: str
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int
    """The sequence number of the web search call being processed."""
