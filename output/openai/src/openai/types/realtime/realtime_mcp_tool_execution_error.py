# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "RealtimeMcpToolExecutionError",
]


class RealtimeMcpToolExecutionError(BaseModel):
    """Realtime MCP tool execution error"""

    type: Literal["tool_execution_error"]
    message: str
