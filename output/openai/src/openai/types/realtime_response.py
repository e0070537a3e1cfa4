# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal

from .._models import BaseModel
from ..types.metadata import Metadata
from ..types.realtime.realtime_audio_formats import RealtimeAudioFormats
from ..types.realtime_conversation_item import RealtimeConversationItem
from ..types.voice_ids_shared import VoiceIdsShared

__all__ = [
    "StatusDetailsError",
    "StatusDetails",
    "AudioOutput",
    "Audio",
    "UsageInputTokenDetailsCachedTokensDetails",
    "UsageInputTokenDetails",
    "UsageOutputTokenDetails",
    "Usage",
    "RealtimeResponse",
]


class StatusDetailsError(BaseModel):
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`."""

    type: Optional[str] = None
    """The type of error."""

    code: Optional[str] = None
    """Error code, if any."""


class StatusDetails(BaseModel):
    """Additional details about the status."""

    type: Optional[Literal["completed", "cancelled", "failed", "incomplete"]] = None
    """The type of error that caused the response to fail, corresponding 
    with the `status` field (`completed`, `cancelled`, `incomplete`, 
    `failed`)."""

    reason: Optional[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] = None
    """The reason the Response did not complete. For a `cancelled` Response,  one of `turn_detected` (the server VAD detected a new start of speech)  or `client_cancelled` (the client sent a cancel event). For an  `incomplete` Response, one of `max_output_tokens` or `content_filter`  (the server-side safety filter activated and cut off the response)."""

    error: Optional[StatusDetailsError] = None
    """A description of the error that caused the response to fail, 
    populated when the `status` is `failed`."""


class AudioOutput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    """The format of the output audio."""

    voice: Optional[VoiceIdsShared] = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    best quality."""


class Audio(BaseModel):
    """Configuration for audio output."""

    output: Optional[AudioOutput] = None


class UsageInputTokenDetailsCachedTokensDetails(BaseModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: Optional[int] = None
    """The number of cached text tokens used as input for the Response."""

    image_tokens: Optional[int] = None
    """The number of cached image tokens used as input for the Response."""

    audio_tokens: Optional[int] = None
    """The number of cached audio tokens used as input for the Response."""


class UsageInputTokenDetails(BaseModel):
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens."""

    cached_tokens: Optional[int] = None
    """The number of cached tokens used as input for the Response."""

    text_tokens: Optional[int] = None
    """The number of text tokens used as input for the Response."""

    image_tokens: Optional[int] = None
    """The number of image tokens used as input for the Response."""

    audio_tokens: Optional[int] = None
    """The number of audio tokens used as input for the Response."""

    cached_tokens_details: Optional[UsageInputTokenDetailsCachedTokensDetails] = None
    """Details about the cached tokens used as input for the Response."""


class UsageOutputTokenDetails(BaseModel):
    """Details about the output tokens used in the Response."""

    text_tokens: Optional[int] = None
    """The number of text tokens used in the Response."""

    audio_tokens: Optional[int] = None
    """The number of audio tokens used in the Response."""


class Usage(BaseModel):
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns."""

    total_tokens: Optional[int] = None
    """The total number of tokens in the Response including input and output 
    text and audio tokens."""

    input_tokens: Optional[int] = None
    """The number of input tokens used in the Response, including text and 
    audio tokens."""

    output_tokens: Optional[int] = None
    """The number of output tokens sent in the Response, including text and 
    audio tokens."""

    input_token_details: Optional[UsageInputTokenDetails] = None
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens."""

    output_token_details: Optional[UsageOutputTokenDetails] = None
    """Details about the output tokens used in the Response."""


class RealtimeResponse(BaseModel):
    """The response resource."""

    id: Optional[str] = None
    """The unique ID of the response, will look like `resp_1234`."""

    object: Optional[Literal["realtime.response"]] = None
    """The object type, must be `realtime.response`."""

    status: Optional[Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]] = None
    """The final status of the response (`completed`, `cancelled`, `failed`, or 
    `incomplete`, `in_progress`)."""

    status_details: Optional[StatusDetails] = None
    """Additional details about the status."""

    output: Optional[List[RealtimeConversationItem]] = None
    """The list of output items generated by the response."""

    metadata: Optional[Metadata] = None
    audio: Optional[Audio] = None
    """Configuration for audio output."""

    usage: Optional[Usage] = None
    """Usage statistics for the Response, this will correspond to billing. A 
    Realtime API session will maintain a conversation context and append new 
    Items to the Conversation, thus output from previous turns (text and 
    audio tokens) will become the input for later turns."""

    conversation_id: Optional[str] = None
    """Which conversation the response is added to, determined by the `conversation`
    field in the `response.create` event. If `auto`, the response will be added to
    the default conversation and the value of `conversation_id` will be an id like
    `conv_1234`. If `none`, the response will not be added to any conversation and
    the value of `conversation_id` will be `null`. If responses are being triggered
    automatically by VAD the response will be added to the default conversation"""

    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    """The set of modalities the model used to respond, currently the only possible values are
    `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
    output to mode `text` will disable audio output from the model."""

    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls, that was used in this response."""
