# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.realtime.realtime_audio_config_input import RealtimeAudioConfigInput
from ...types.realtime.realtime_audio_config_output import RealtimeAudioConfigOutput

__all__ = [
    "RealtimeAudioConfig",
]


class RealtimeAudioConfig(BaseModel):
    """Configuration for input and output audio."""

    input: Optional[RealtimeAudioConfigInput] = None
    output: Optional[RealtimeAudioConfigOutput] = None
