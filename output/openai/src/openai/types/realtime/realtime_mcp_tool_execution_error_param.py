# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RealtimeMcpToolExecutionErrorParam",
]


class RealtimeMcpToolExecutionErrorParam(TypedDict, total=False):
    """Realtime MCP tool execution error"""

    type: Required[Literal["tool_execution_error"]]
    message: Required[str]
