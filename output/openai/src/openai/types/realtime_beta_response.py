# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal

from .._models import BaseModel
from ..types.metadata import Metadata
from ..types.realtime_conversation_item import RealtimeConversationItem
from ..types.voice_ids_shared import VoiceIdsShared

__all__ = [
    "StatusDetailsError",
    "StatusDetails",
    "UsageInputTokenDetailsCachedTokensDetails",
    "UsageInputTokenDetails",
    "UsageOutputTokenDetails",
    "Usage",
    "RealtimeBetaResponse",
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
    """The reason the Response did not complete. For a `cancelled` Response, 
    one of `turn_detected` (the server VAD detected a new start of speech) 
    or `client_cancelled` (the client sent a cancel event). For an 
    `incomplete` Response, one of `max_output_tokens` or `content_filter` 
    (the server-side safety filter activated and cut off the response)."""

    error: Optional[StatusDetailsError] = None
    """A description of the error that caused the response to fail, 
    populated when the `status` is `failed`."""


class UsageInputTokenDetailsCachedTokensDetails(BaseModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: Optional[int] = None
    """The number of cached text tokens used as input for the Response."""

    image_tokens: Optional[int] = None
    """The number of cached image tokens used as input for the Response."""

    audio_tokens: Optional[int] = None
    """The number of cached audio tokens used as input for the Response."""


class UsageInputTokenDetails(BaseModel):
    """Details about the input tokens used in the Response."""

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
    """Details about the input tokens used in the Response."""

    output_token_details: Optional[UsageOutputTokenDetails] = None
    """Details about the output tokens used in the Response."""


class RealtimeBetaResponse(BaseModel):
    """The response resource."""

    id: Optional[str] = None
    """The unique ID of the response."""

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
    by server VAD, the response will be added to the default conversation, thus
    the `conversation_id` will be an id like `conv_1234`."""

    voice: Optional[VoiceIdsShared] = None
    """The voice the model used to respond.
    Current voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, and `verse`."""

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """The set of modalities the model used to respond. If there are multiple modalities,
    the model will pick one, for example if `modalities` is `["text", "audio"]`, the model
    could be responding in either text or audio."""

    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    temperature: Optional[float] = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls, that was used in this response."""
