# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from ..types.chat.chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = [
    "Content",
    "ChatCompletionRequestDeveloperMessage",
]


Content: TypeAlias = Union[str, List[ChatCompletionContentPartText]]
"""The contents of the developer message."""


class ChatCompletionRequestDeveloperMessage(BaseModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages."""

    content: Content
    """The contents of the developer message."""

    role: Literal["developer"]
    """The role of the messages author, in this case `developer`."""

    name: Optional[str] = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
