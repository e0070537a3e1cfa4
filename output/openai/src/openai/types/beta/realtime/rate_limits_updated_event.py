# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "RateLimit",
    "RateLimitsUpdatedEvent",
]


class RateLimit(BaseModel):
    name: Optional[Literal["requests", "tokens"]] = None
    """The name of the rate limit (`requests`, `tokens`)."""

    limit: Optional[int] = None
    """The maximum allowed value for the rate limit."""

    remaining: Optional[int] = None
    """The remaining value before the limit is reached."""

    reset_seconds: Optional[float] = None
    """Seconds until the rate limit resets."""


class RateLimitsUpdatedEvent(BaseModel):
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["rate_limits.updated"]
    """The event type, must be `rate_limits.updated`."""

    rate_limits: List[RateLimit]
    """List of rate limit information."""
