# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel

__all__ = [
    "InputTokenDetailsCachedTokensDetails",
    "InputTokenDetails",
    "OutputTokenDetails",
    "RealtimeResponseUsage",
]


class InputTokenDetailsCachedTokensDetails(BaseModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: Optional[int] = None
    """The number of cached text tokens used as input for the Response."""

    image_tokens: Optional[int] = None
    """The number of cached image tokens used as input for the Response."""

    audio_tokens: Optional[int] = None
    """The number of cached audio tokens used as input for the Response."""


class InputTokenDetails(BaseModel):
    """Details about the input tokens used in the Response."""

    cached_tokens: Optional[int] = None
    """The number of cached tokens used as input for the Response."""

    text_tokens: Optional[int] = None
    """The number of text tokens used as input for the Response."""

    image_tokens: Optional[int] = None
    """The number of image tokens used as input for the Response."""

    audio_tokens: Optional[int] = None
    """The number of audio tokens used as input for the Response."""

    cached_tokens_details: Optional[InputTokenDetailsCachedTokensDetails] = None
    """Details about the cached tokens used as input for the Response."""


class OutputTokenDetails(BaseModel):
    """Details about the output tokens used in the Response."""

    text_tokens: Optional[int] = None
    """The number of text tokens used in the Response."""

    audio_tokens: Optional[int] = None
    """The number of audio tokens used in the Response."""


class RealtimeResponseUsage(BaseModel):
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

    input_token_details: Optional[InputTokenDetails] = None
    """Details about the input tokens used in the Response."""

    output_token_details: Optional[OutputTokenDetails] = None
    """Details about the output tokens used in the Response."""
