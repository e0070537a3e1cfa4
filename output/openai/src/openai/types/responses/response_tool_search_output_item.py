# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.tool import Tool

__all__ = [
    "ResponseToolSearchOutputItem",
]


class ResponseToolSearchOutputItem(BaseModel):
    type: Literal["tool_search_output"]
    """The type of the item. Always `tool_search_output`."""

    id: str
    """The unique ID of the tool search output item."""

    call_id: Optional[str] = None
    execution: Literal["server", "client"]
    """Whether tool search was executed by the server or by the client."""

    tools: List[Tool]
    """The loaded tool definitions returned by tool search."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the tool search output item that was recorded."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
