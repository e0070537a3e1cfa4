# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "UsageAudioSpeechesResult",
]


class UsageAudioSpeechesResult(BaseModel):
    """The aggregated audio speeches usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_speeches.result"]
    characters: int
    """The number of characters processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None
