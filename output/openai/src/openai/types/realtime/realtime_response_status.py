# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "Error",
    "RealtimeResponseStatus",
]


class Error(BaseModel):
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`."""

    type: Optional[str] = None
    """The type of error."""

    code: Optional[str] = None
    """Error code, if any."""


class RealtimeResponseStatus(BaseModel):
    """Additional details about the status."""

    type: Optional[Literal["completed", "cancelled", "failed", "incomplete"]] = None
    """The type of error that caused the response to fail, corresponding 
    with the `status` field (`completed`, `cancelled`, `incomplete`, 
    `failed`)."""

    reason: Optional[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] = None
    """The reason the Response did not complete. For a `cancelled` Response,  one of `turn_detected` (the server VAD detected a new start of speech)  or `client_cancelled` (the client sent a cancel event). For an  `incomplete` Response, one of `max_output_tokens` or `content_filter`  (the server-side safety filter activated and cut off the response)."""

    error: Optional[Error] = None
    """A description of the error that caused the response to fail, 
    populated when the `status` is `failed`."""
