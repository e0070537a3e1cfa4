# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = [
    "Content",
    "ChatCompletionRequestToolMessage",
]


Content: TypeAlias = Union[str, List[ChatCompletionContentPartText]]
"""The contents of the tool message."""


class ChatCompletionRequestToolMessage(BaseModel):
    """Tool message"""

    role: Literal["tool"]
    """The role of the messages author, in this case `tool`."""

    content: Content
    """The contents of the tool message."""

    tool_call_id: str
    """Tool call that this message is responding to."""
