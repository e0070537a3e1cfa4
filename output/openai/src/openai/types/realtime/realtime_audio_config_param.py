# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ...types.realtime.realtime_audio_config_input_param import RealtimeAudioConfigInputParam
from ...types.realtime.realtime_audio_config_output_param import RealtimeAudioConfigOutputParam

__all__ = [
    "RealtimeAudioConfigParam",
]


class RealtimeAudioConfigParam(TypedDict, total=False):
    """Configuration for input and output audio."""

    input: RealtimeAudioConfigInputParam
    output: RealtimeAudioConfigOutputParam
