# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "RealtimeError",
]


class RealtimeError(BaseModel):
    """Details of the error."""

    type: str
    """The type of error (e.g., "invalid_request_error", "server_error")."""

    code: Optional[str] = None
    message: str
    """A human-readable error message."""

    param: Optional[str] = None
    event_id: Optional[str] = None
