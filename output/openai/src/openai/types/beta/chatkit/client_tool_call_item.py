# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.chatkit.client_tool_call_status import ClientToolCallStatus

__all__ = [
    "ClientToolCallItem",
]


class ClientToolCallItem(BaseModel):
    """Record of a client side tool invocation initiated by the assistant."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.client_tool_call"]
    """Type discriminator that is always `chatkit.client_tool_call`."""

    status: ClientToolCallStatus
    """Execution status for the tool call."""

    call_id: str
    """Identifier for the client tool call."""

    name: str
    """Tool name that was invoked."""

    arguments: str
    """JSON-encoded arguments that were sent to the tool."""

    output: Optional[str] = None
