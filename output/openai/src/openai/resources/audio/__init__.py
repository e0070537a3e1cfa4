# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .audio import (
    AsyncAudio,
    AsyncAudioWithRawResponse,
    AsyncAudioWithStreamingResponse,
    Audio,
    AudioWithRawResponse,
    AudioWithStreamingResponse,
)
from .speech import (
    AsyncSpeech,
    AsyncSpeechWithRawResponse,
    AsyncSpeechWithStreamingResponse,
    Speech,
    SpeechWithRawResponse,
    SpeechWithStreamingResponse,
)
from .transcriptions import (
    AsyncTranscriptions,
    AsyncTranscriptionsWithRawResponse,
    AsyncTranscriptionsWithStreamingResponse,
    Transcriptions,
    TranscriptionsWithRawResponse,
    TranscriptionsWithStreamingResponse,
)
from .translations import (
    AsyncTranslations,
    AsyncTranslationsWithRawResponse,
    AsyncTranslationsWithStreamingResponse,
    Translations,
    TranslationsWithRawResponse,
    TranslationsWithStreamingResponse,
)

__all__ = [
    "Audio",
    "AsyncAudio",
    "AudioWithRawResponse",
    "AsyncAudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudioWithStreamingResponse",
    "Speech",
    "AsyncSpeech",
    "SpeechWithRawResponse",
    "AsyncSpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "AsyncSpeechWithStreamingResponse",
    "Transcriptions",
    "AsyncTranscriptions",
    "TranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "Translations",
    "AsyncTranslations",
    "TranslationsWithRawResponse",
    "AsyncTranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "AsyncTranslationsWithStreamingResponse",
]
