# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "InputAudio",
    "ChatCompletionContentPartInputAudioParam",
]


class InputAudio(TypedDict, total=False):
    data: Required[str]
    """Base64 encoded audio data."""

    format: Required[Literal["wav", "mp3"]]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ChatCompletionContentPartInputAudioParam(TypedDict, total=False):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Required[Literal["input_audio"]]
    """The type of the content part. Always `input_audio`."""

    input_audio: Required[InputAudio]
