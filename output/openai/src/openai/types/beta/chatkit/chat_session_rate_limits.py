# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "ChatSessionRateLimits",
]


class ChatSessionRateLimits(BaseModel):
    """Active per-minute request limit for the session."""

    max_requests_per_1_minute: int
    """Maximum allowed requests per one-minute window."""
