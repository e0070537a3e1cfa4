# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.tool import Tool

__all__ = [
    "ResponseToolSearchOutputItemParam",
]


class ResponseToolSearchOutputItemParam(BaseModel):
    id: Optional[str] = None
    call_id: Optional[str] = None
    type: Literal["tool_search_output"]
    """The item type. Always `tool_search_output`."""

    execution: Optional[Literal["server", "client"]] = None
    """Whether tool search was executed by the server or by the client."""

    tools: List[Tool]
    """The loaded tool definitions returned by the tool search output."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
