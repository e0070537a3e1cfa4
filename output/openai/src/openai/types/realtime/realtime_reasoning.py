# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.realtime.realtime_reasoning_effort import RealtimeReasoningEffort

__all__ = [
    "RealtimeReasoning",
]


class RealtimeReasoning(BaseModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: Optional[RealtimeReasoningEffort] = None
    """Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`."""
