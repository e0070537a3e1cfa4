# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "VadConfigParam",
]


class VadConfigParam(TypedDict, total=False):
    type: Required[Literal["server_vad"]]
    """Must be set to `server_vad` to enable manual chunking using server side VAD."""

    prefix_padding_ms: int
    """Amount of audio to include before the VAD detected speech (in 
    milliseconds)."""

    silence_duration_ms: int
    """Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly, 
    but may jump in on short pauses from the user."""

    threshold: float
    """Sensitivity threshold (0.0 to 1.0) for voice activity detection. A 
    higher threshold will require louder audio to activate the model, and 
    thus might perform better in noisy environments."""
