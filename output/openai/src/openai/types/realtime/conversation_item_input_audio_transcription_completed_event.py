# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.realtime.log_prob_properties import LogProbProperties

__all__ = [
    "UsageTokensInputTokenDetails",
    "UsageTokens",
    "UsageDuration",
    "Usage",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
]


class UsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: Optional[int] = None
    """Number of text tokens billed for this request."""

    audio_tokens: Optional[int] = None
    """Number of audio tokens billed for this request."""


class UsageTokens(BaseModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"]
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int
    """Number of input tokens billed for this request."""

    input_token_details: Optional[UsageTokensInputTokenDetails] = None
    """Details about the input tokens billed for this request."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""


class UsageDuration(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""


Usage: TypeAlias = Annotated[Union[UsageTokens, UsageDuration], PropertyInfo(discriminator="type")]
"""Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the realtime model's pricing."""


class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (when VAD is enabled). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.completed"]
    """The event type, must be
    `conversation.item.input_audio_transcription.completed`."""

    item_id: str
    """The ID of the item containing the audio that is being transcribed."""

    content_index: int
    """The index of the content part containing the audio."""

    transcript: str
    """The transcribed text."""

    logprobs: Optional[List[LogProbProperties]] = None
    usage: Usage
    """Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the realtime model's pricing."""
