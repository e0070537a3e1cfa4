# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .speech_create_params import SpeechCreateParams as SpeechCreateParams
from .transcription_create_params import TranscriptionCreateParams as TranscriptionCreateParams
from .transcription_create_response import TranscriptionCreateResponse as TranscriptionCreateResponse
from .translation_create_params import TranslationCreateParams as TranslationCreateParams
from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
