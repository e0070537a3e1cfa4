# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseMcpCallArgumentsDeltaEvent",
]


class ResponseMcpCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool call."""

    type: Literal["response.mcp_call_arguments.delta"]
    """The type of the event. Always 'response.mcp_call_arguments.delta'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    delta: str
    """A JSON string containing the partial update to the arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""
