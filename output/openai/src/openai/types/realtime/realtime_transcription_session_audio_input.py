# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.realtime.audio_transcription import AudioTranscription
from ...types.realtime.noise_reduction_type import NoiseReductionType
from ...types.realtime.realtime_audio_formats import RealtimeAudioFormats
from ...types.realtime.realtime_audio_input_turn_detection import RealtimeAudioInputTurnDetection

__all__ = [
    "NoiseReduction",
    "RealtimeTranscriptionSessionAudioInput",
]


class NoiseReduction(BaseModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio."""

    type: Optional[NoiseReductionType] = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranscriptionSessionAudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    transcription: Optional[AudioTranscription] = None
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: Optional[NoiseReduction] = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio."""

    turn_detection: Optional[RealtimeAudioInputTurnDetection] = None
