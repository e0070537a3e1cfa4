# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.chat.chat_completion_content_part_image_param import ChatCompletionContentPartImageParam
from ..types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam
from ..types.chat_completion_request_message_content_part_audio_param import (
    ChatCompletionRequestMessageContentPartAudioParam,
)
from ..types.chat_completion_request_message_content_part_file_param import (
    ChatCompletionRequestMessageContentPartFileParam,
)

__all__ = [
    "ChatCompletionRequestUserMessageContentPartParam",
]


ChatCompletionRequestUserMessageContentPartParam: TypeAlias = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionRequestMessageContentPartAudioParam,
    ChatCompletionRequestMessageContentPartFileParam,
]
