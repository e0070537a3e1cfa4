# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "RealtimeResponseUsageOutputTokenDetails",
]


class RealtimeResponseUsageOutputTokenDetails(BaseModel):
    """Details about the output tokens used in the Response."""

    text_tokens: Optional[int] = None
    """The number of text tokens used in the Response."""

    audio_tokens: Optional[int] = None
    """The number of audio tokens used in the Response."""
