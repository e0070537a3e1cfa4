# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "UsageCompletionsResult",
]


class UsageCompletionsResult(BaseModel):
    """The aggregated completions usage details of the specific time bucket."""

    object: Literal["organization.usage.completions.result"]
    input_tokens: int
    """The aggregated number of text input tokens used, including cached tokens. For customers subscribe to scale tier, this includes scale tier tokens."""

    input_cached_tokens: Optional[int] = None
    """The aggregated number of text input tokens that has been cached from previous requests. For customers subscribe to scale tier, this includes scale tier tokens."""

    output_tokens: int
    """The aggregated number of text output tokens used. For customers subscribe to scale tier, this includes scale tier tokens."""

    input_audio_tokens: Optional[int] = None
    """The aggregated number of audio input tokens used, including cached tokens."""

    output_audio_tokens: Optional[int] = None
    """The aggregated number of audio output tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    batch: Optional[bool] = None
    service_tier: Optional[str] = None
