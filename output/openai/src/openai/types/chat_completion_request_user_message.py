# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from ..types.chat_completion_request_user_message_content_part import ChatCompletionRequestUserMessageContentPart

__all__ = [
    "Content",
    "ChatCompletionRequestUserMessage",
]


Content: TypeAlias = Union[str, List[ChatCompletionRequestUserMessageContentPart]]
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
