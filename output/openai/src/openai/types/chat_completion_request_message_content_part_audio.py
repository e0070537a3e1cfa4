# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "InputAudio",
    "ChatCompletionRequestMessageContentPartAudio",
]


class InputAudio(BaseModel):
    data: str
    """Base64 encoded audio data."""

    format: Literal["wav", "mp3"]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ChatCompletionRequestMessageContentPartAudio(BaseModel):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Literal["input_audio"]
    """The type of the content part. Always `input_audio`."""

    input_audio: InputAudio
