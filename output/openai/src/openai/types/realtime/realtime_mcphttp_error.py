# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "RealtimeMcphttpError",
]


class RealtimeMcphttpError(BaseModel):
    """Realtime MCP HTTP error"""

    type: Literal["http_error"]
    code: int
    message: str
