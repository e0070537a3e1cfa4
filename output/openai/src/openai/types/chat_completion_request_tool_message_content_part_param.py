# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..types.chat_completion_request_message_content_part_text_param import (
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = [
    "ChatCompletionRequestToolMessageContentPartParam",
]


ChatCompletionRequestToolMessageContentPartParam: TypeAlias = ChatCompletionRequestMessageContentPartTextParam
