# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_image_param import ChatCompletionContentPartImageParam
from ...types.chat.chat_completion_content_part_input_audio_param import ChatCompletionContentPartInputAudioParam
from ...types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = [
    "FileFile",
    "File",
    "ChatCompletionContentPartParam",
]


class FileFile(TypedDict, total=False):
    filename: str
    """The name of the file, used when passing the file to the model as a 
    string."""

    file_data: str
    """The base64 encoded file data, used when passing the file to the model 
    as a string."""

    file_id: str
    """The ID of an uploaded file to use as input."""


class File(TypedDict, total=False):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Required[Literal["file"]]
    """The type of the content part. Always `file`."""

    file: Required[FileFile]


ChatCompletionContentPartParam: TypeAlias = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionContentPartInputAudioParam,
    File,
]
