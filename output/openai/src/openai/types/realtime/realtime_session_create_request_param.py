# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.prompt_param import PromptParam
from ...types.realtime.audio_transcription_param import AudioTranscriptionParam
from ...types.realtime.noise_reduction_type import NoiseReductionType
from ...types.realtime.realtime_audio_formats_param import RealtimeAudioFormatsParam
from ...types.realtime.realtime_reasoning_param import RealtimeReasoningParam
from ...types.realtime.realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
from ...types.realtime.realtime_truncation_param import RealtimeTruncationParam
from ...types.realtime_function_tool_param import RealtimeFunctionToolParam
from ...types.realtime_turn_detection_param import RealtimeTurnDetectionParam
from ...types.responses.tool_choice_function_param import ToolChoiceFunctionParam
from ...types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ...types.responses.tool_choice_options import ToolChoiceOptions
from ...types.voice_ids_or_custom_voice_param import VoiceIdsOrCustomVoiceParam

__all__ = [
    "AudioInputNoiseReduction",
    "AudioInput",
    "AudioOutput",
    "Audio",
    "TracingTracingConfiguration",
    "Tracing",
    "Tool",
    "ToolChoice",
    "RealtimeSessionCreateRequestParam",
]


class AudioInputNoiseReduction(TypedDict, total=False):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio."""

    type: NoiseReductionType
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class AudioInput(TypedDict, total=False):
    format: RealtimeAudioFormatsParam
    """The format of the input audio."""

    transcription: AudioTranscriptionParam
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: AudioInputNoiseReduction
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio."""

    turn_detection: Optional[RealtimeTurnDetectionParam]


class AudioOutput(TypedDict, total=False):
    format: RealtimeAudioFormatsParam
    """The format of the output audio."""

    voice: VoiceIdsOrCustomVoiceParam
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality."""

    speed: float
    """The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower."""


class Audio(TypedDict, total=False):
    """Configuration for input and output audio."""

    input: AudioInput
    output: AudioOutput


class TracingTracingConfiguration(TypedDict, total=False):
    """Granular configuration for tracing."""

    workflow_name: str
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard."""

    group_id: str
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard."""

    metadata: Dict[str, object]
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard."""


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]
"""Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
tracing is enabled for a session, the configuration cannot be modified.

`auto` will create a trace for the session with default values for the
workflow name, group id, and metadata."""


Tool: TypeAlias = Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]


ToolChoice: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
"""How the model chooses tools. Provide one of the string modes or force a specific
function/MCP tool."""


class RealtimeSessionCreateRequestParam(TypedDict, total=False):
    """Realtime session object configuration."""

    type: Required[Literal["realtime"]]
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: Iterable[Literal["text", "audio"]]
    """The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time."""

    model: Union[
        str,
        Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
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
    """The Realtime model used for this session."""

    instructions: str
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session."""

    audio: Audio
    """Configuration for input and output audio."""

    include: Iterable[Literal["item.input_audio_transcription.logprobs"]]
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    tracing: Optional[Tracing]
    """Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata."""

    tools: Iterable[Tool]
    """Tools available to the model."""

    tool_choice: ToolChoice
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool."""

    parallel_tool_calls: bool
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`."""

    reasoning: RealtimeReasoningParam
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    max_output_tokens: Union[int, Literal["inf"]]
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""

    truncation: RealtimeTruncationParam
    """When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

    Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

    Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

    Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit."""

    prompt: Optional[PromptParam]
