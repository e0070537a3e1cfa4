# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "InputAudio",
    "ResponseInputAudio",
]


class InputAudio(BaseModel):
    data: str
    """Base64-encoded audio data."""

    format: Literal["mp3", "wav"]
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`."""


class ResponseInputAudio(BaseModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: InputAudio
