# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.chat.chat_completion_content_part_image import ChatCompletionContentPartImage
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText
from ..types.chat_completion_request_message_content_part_audio import ChatCompletionRequestMessageContentPartAudio
from ..types.chat_completion_request_message_content_part_file import ChatCompletionRequestMessageContentPartFile

__all__ = [
    "ChatCompletionRequestUserMessageContentPart",
]


ChatCompletionRequestUserMessageContentPart: TypeAlias = Annotated[
    Union[
        ChatCompletionContentPartText,
        ChatCompletionContentPartImage,
        ChatCompletionRequestMessageContentPartAudio,
        ChatCompletionRequestMessageContentPartFile,
    ],
    PropertyInfo(discriminator="type"),
]
