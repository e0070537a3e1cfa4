# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ....types.realtime.noise_reduction_type import NoiseReductionType
from ....types.realtime.realtime_audio_input_turn_detection import RealtimeAudioInputTurnDetection
from ....types.responses.response_prompt import ResponsePrompt

__all__ = [
    "InputAudioTranscription",
    "InputAudioNoiseReduction",
    "TracingTracingConfiguration",
    "Tracing",
    "Tool",
    "Session",
]


class InputAudioTranscription(BaseModel):
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


class InputAudioNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio."""

    type: Optional[NoiseReductionType] = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class TracingTracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: Optional[str] = None
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard."""

    group_id: Optional[str] = None
    """The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard."""

    metadata: Optional[object] = None
    """The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard."""


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration, None]
"""Configuration options for tracing. Set to null to disable tracing. Once
tracing is enabled for a session, the configuration cannot be modified.

`auto` will create a trace for the session with default values for the
workflow name, group id, and metadata."""


class Tool(BaseModel):
    """Function tool"""

    type: Optional[Literal["function"]] = None
    """The type of the tool, i.e. `function`."""

    name: Optional[str] = None
    """The name of the function."""

    description: Optional[str] = None
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything)."""

    parameters: Optional[object] = None
    """Parameters of the function in JSON Schema."""


class Session(BaseModel):
    """Realtime session object for the beta interface."""

    id: Optional[str] = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Optional[Literal["realtime.session"]] = None
    """The object type. Always `realtime.session`."""

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"]."""

    model: Optional[
        Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
    ] = None
    """The Realtime model used for this session."""

    instructions: Optional[str] = None
    """The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not
    guaranteed to be followed by the model, but they provide guidance to the
    model on the desired behavior.


    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session."""

    voice: Optional[
        Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]]
    ] = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, and `verse`."""

    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order."""

    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz."""

    input_audio_transcription: Optional[InputAudioTranscription] = None
    turn_detection: Optional[RealtimeAudioInputTurnDetection] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio."""

    speed: Optional[float] = None
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress."""

    tracing: Optional[Tracing] = None
    tools: Optional[List[Tool]] = None
    """Tools (functions) available to the model."""

    tool_choice: Optional[str] = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function."""

    temperature: Optional[float] = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of 0.8 is highly recommended for best performance."""

    max_response_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""

    expires_at: Optional[int] = None
    """Expiration timestamp for the session, in seconds since epoch."""

    prompt: Optional[ResponsePrompt] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
