# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_image_param import ChatCompletionContentPartImageParam
from ...types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = [
    "ContentArrayOfContentPartInputAudioInputAudio",
    "ContentArrayOfContentPartInputAudio",
    "ContentArrayOfContentPartFileFile",
    "ContentArrayOfContentPartFile",
    "ContentArrayOfContentPart",
    "Content",
    "ChatCompletionUserMessageParam",
]


class ContentArrayOfContentPartInputAudioInputAudio(TypedDict, total=False):
    data: Required[str]
    """Base64 encoded audio data."""

    format: Required[Literal["wav", "mp3"]]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ContentArrayOfContentPartInputAudio(TypedDict, total=False):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Required[Literal["input_audio"]]
    """The type of the content part. Always `input_audio`."""

    input_audio: Required[ContentArrayOfContentPartInputAudioInputAudio]


class ContentArrayOfContentPartFileFile(TypedDict, total=False):
    filename: str
    """The name of the file, used when passing the file to the model as a 
    string."""

    file_data: str
    """The base64 encoded file data, used when passing the file to the model 
    as a string."""

    file_id: str
    """The ID of an uploaded file to use as input."""


class ContentArrayOfContentPartFile(TypedDict, total=False):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Required[Literal["file"]]
    """The type of the content part. Always `file`."""

    file: Required[ContentArrayOfContentPartFileFile]


ContentArrayOfContentPart: TypeAlias = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ContentArrayOfContentPartInputAudio,
    ContentArrayOfContentPartFile,
]


Content: TypeAlias = Union[str, Iterable[ContentArrayOfContentPart]]
"""The contents of the user message."""


class ChatCompletionUserMessageParam(TypedDict, total=False):
    """Messages sent by an end user, containing prompts or additional context
    information."""

    content: Required[Content]
    """The contents of the user message."""

    role: Required[Literal["user"]]
    """The role of the messages author, in this case `user`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
