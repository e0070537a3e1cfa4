# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RealtimeMcpProtocolErrorParam",
]


class RealtimeMcpProtocolErrorParam(TypedDict, total=False):
    """Realtime MCP protocol error"""

    type: Required[Literal["protocol_error"]]
    code: Required[int]
    message: Required[str]
