# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = [
    "Content",
    "ChatCompletionToolMessageParam",
]


Content: TypeAlias = Union[str, Iterable[ChatCompletionContentPartTextParam]]
"""The contents of the tool message."""


class ChatCompletionToolMessageParam(TypedDict, total=False):
    """Tool message"""

    role: Required[Literal["tool"]]
    """The role of the messages author, in this case `tool`."""

    content: Required[Content]
    """The contents of the tool message."""

    tool_call_id: Required[str]
    """Tool call that this message is responding to."""
