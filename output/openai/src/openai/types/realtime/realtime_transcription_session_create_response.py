# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.realtime.noise_reduction_type import NoiseReductionType
from ...types.realtime.realtime_audio_formats import RealtimeAudioFormats

__all__ = [
    "AudioInputTranscription",
    "AudioInputNoiseReduction",
    "AudioInputTurnDetection",
    "AudioInput",
    "Audio",
    "RealtimeTranscriptionSessionCreateResponse",
]


class AudioInputTranscription(BaseModel):
    model: Optional[
        Union[
            str,
            Literal[
                "whisper-1",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            ],
        ]
    ] = None
    """The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    language: Optional[str] = None
    """The language of the input audio."""

    prompt: Optional[str] = None
    """The prompt configured for input audio transcription, when present."""


class AudioInputNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction."""

    type: Optional[NoiseReductionType] = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class AudioInputTurnDetection(BaseModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported."""

    type: Optional[str] = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: Optional[float] = None
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments."""

    prefix_padding_ms: Optional[int] = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms."""

    silence_duration_ms: Optional[int] = None
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user."""


class AudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    transcription: Optional[AudioInputTranscription] = None
    """Configuration of the transcription model."""

    noise_reduction: Optional[AudioInputNoiseReduction] = None
    """Configuration for input audio noise reduction."""

    turn_detection: Optional[AudioInputTurnDetection] = None
    """Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported."""


class Audio(BaseModel):
    """Configuration for input audio for the session."""

    input: Optional[AudioInput] = None


class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    """A Realtime transcription session configuration object."""

    type: Literal["transcription"]
    """The type of session. Always `transcription` for transcription sessions."""

    id: str
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: str
    """The object type. Always `realtime.transcription_session`."""

    expires_at: Optional[int] = None
    """Expiration timestamp for the session, in seconds since epoch."""

    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    """Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    audio: Optional[Audio] = None
    """Configuration for input audio for the session."""
