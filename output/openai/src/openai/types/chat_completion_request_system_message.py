# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = [
    "Content",
    "ChatCompletionRequestSystemMessage",
]


Content: TypeAlias = Union[str, List[ChatCompletionContentPartText]]
"""The contents of the system message."""


class ChatCompletionRequestSystemMessage(BaseModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead."""

    content: Content
    """The contents of the system message."""

    role: Literal["system"]
    """The role of the messages author, in this case `system`."""

    name: Optional[str] = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
