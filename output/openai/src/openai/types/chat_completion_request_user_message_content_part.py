# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.chat.chat_completion_content_part_image import ChatCompletionContentPartImage
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText
from ..types.chat_completion_request_message_content_part_audio import ChatCompletionRequestMessageContentPartAudio

__all__ = [
    "FileFile",
    "File",
    "ChatCompletionRequestUserMessageContentPart",
]


class FileFile(BaseModel):
    filename: Optional[str] = None
    """The name of the file, used when passing the file to the model as a 
    string."""

    file_data: Optional[str] = None
    """The base64 encoded file data, used when passing the file to the model 
    as a string."""

    file_id: Optional[str] = None
    """The ID of an uploaded file to use as input."""


class File(BaseModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: FileFile


ChatCompletionRequestUserMessageContentPart: TypeAlias = Annotated[
    Union[
        ChatCompletionContentPartText,
        ChatCompletionContentPartImage,
        ChatCompletionRequestMessageContentPartAudio,
        File,
    ],
    PropertyInfo(discriminator="type"),
]
