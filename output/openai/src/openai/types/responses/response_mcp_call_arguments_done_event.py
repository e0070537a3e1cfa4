# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseMcpCallArgumentsDoneEvent",
]


class ResponseMcpCallArgumentsDoneEvent(BaseModel):
    """Emitted when the arguments for an MCP tool call are finalized."""

    type: Literal["response.mcp_call_arguments.done"]
    """The type of the event. Always 'response.mcp_call_arguments.done'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    arguments: str
    """A JSON string containing the finalized arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""
