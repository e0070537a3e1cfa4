# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText
from ..types.chat_completion_request_message_content_part_refusal import ChatCompletionRequestMessageContentPartRefusal

__all__ = [
    "ChatCompletionRequestAssistantMessageContentPart",
]


ChatCompletionRequestAssistantMessageContentPart: TypeAlias = Annotated[
    Union[ChatCompletionContentPartText, ChatCompletionRequestMessageContentPartRefusal],
    PropertyInfo(discriminator="type"),
]
