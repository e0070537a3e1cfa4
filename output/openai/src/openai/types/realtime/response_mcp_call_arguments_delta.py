# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseMcpCallArgumentsDelta",
]


class ResponseMcpCallArgumentsDelta(BaseModel):
    """Returned when MCP tool call arguments are updated during response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call_arguments.delta"]
    """The event type, must be `response.mcp_call_arguments.delta`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the MCP tool call item."""

    output_index: int
    """The index of the output item in the response."""

    delta: str
    """The JSON-encoded arguments delta."""

    obfuscation: Optional[str] = None
