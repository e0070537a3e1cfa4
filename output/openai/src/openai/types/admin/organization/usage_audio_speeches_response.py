# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.usage_time_bucket import UsageTimeBucket

__all__ = [
    "UsageAudioSpeechesResponse",
]


class UsageAudioSpeechesResponse(BaseModel):
    object: Literal["page"]
    data: List[UsageTimeBucket]
    has_more: bool
    next_page: Optional[str] = None
