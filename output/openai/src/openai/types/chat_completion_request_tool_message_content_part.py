# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = [
    "ChatCompletionRequestToolMessageContentPart",
]


ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionContentPartText
