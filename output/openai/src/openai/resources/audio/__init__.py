# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .audio import (
    AsyncAudio,
    AsyncAudioWithRawResponse,
    AsyncAudioWithStreamingResponse,
    Audio,
    AudioWithRawResponse,
    AudioWithStreamingResponse,
)

__all__ = [
    "Audio",
    "AsyncAudio",
    "AudioWithRawResponse",
    "AsyncAudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudioWithStreamingResponse",
]
