# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RealtimeMcphttpErrorParam",
]


class RealtimeMcphttpErrorParam(TypedDict, total=False):
    """Realtime MCP HTTP error"""

    type: Required[Literal["http_error"]]
    code: Required[int]
    message: Required[str]
