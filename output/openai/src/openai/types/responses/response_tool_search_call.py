# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseToolSearchCall",
]


class ResponseToolSearchCall(BaseModel):
    type: Literal["tool_search_call"]
    """The type of the item. Always `tool_search_call`."""

    id: str
    """The unique ID of the tool search call item."""

    call_id: Optional[str] = None
    execution: Literal["server", "client"]
    """Whether tool search was executed by the server or by the client."""

    arguments: object
    """Arguments used for the tool search call."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the tool search call item that was recorded."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
