# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.chat.chat_completion_content_part_image import ChatCompletionContentPartImage
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = [
    "ContentArrayOfContentPartInputAudioInputAudio",
    "ContentArrayOfContentPartInputAudio",
    "ContentArrayOfContentPartFileFile",
    "ContentArrayOfContentPartFile",
    "ContentArrayOfContentPart",
    "Content",
    "ChatCompletionRequestUserMessage",
]


class ContentArrayOfContentPartInputAudioInputAudio(BaseModel):
    data: str
    """Base64 encoded audio data."""

    format: Literal["wav", "mp3"]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ContentArrayOfContentPartInputAudio(BaseModel):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Literal["input_audio"]
    """The type of the content part. Always `input_audio`."""

    input_audio: ContentArrayOfContentPartInputAudioInputAudio


class ContentArrayOfContentPartFileFile(BaseModel):
    filename: Optional[str] = None
    """The name of the file, used when passing the file to the model as a 
    string."""

    file_data: Optional[str] = None
    """The base64 encoded file data, used when passing the file to the model 
    as a string."""

    file_id: Optional[str] = None
    """The ID of an uploaded file to use as input."""


class ContentArrayOfContentPartFile(BaseModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: ContentArrayOfContentPartFileFile


ContentArrayOfContentPart: TypeAlias = Annotated[
    Union[
        ChatCompletionContentPartText,
        ChatCompletionContentPartImage,
        ContentArrayOfContentPartInputAudio,
        ContentArrayOfContentPartFile,
    ],
    PropertyInfo(discriminator="type"),
]


Content: TypeAlias = Union[str, List[ContentArrayOfContentPart]]
"""The contents of the user message."""


class ChatCompletionRequestUserMessage(BaseModel):
    """Messages sent by an end user, containing prompts or additional context
    information."""

    content: Content
    """The contents of the user message."""

    role: Literal["user"]
    """The role of the messages author, in this case `user`."""

    name: Optional[str] = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
