# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat_completion_request_tool_message_content_part_param import (
    ChatCompletionRequestToolMessageContentPartParam,
)

__all__ = [
    "Content",
    "ChatCompletionToolMessageParam",
]


Content: TypeAlias = Union[str, Iterable[ChatCompletionRequestToolMessageContentPartParam]]
"""The contents of the tool message."""


class ChatCompletionToolMessageParam(TypedDict, total=False):
    """Tool message"""

    role: Required[Literal["tool"]]
    """The role of the messages author, in this case `tool`."""

    content: Required[Content]
    """The contents of the tool message."""

    tool_call_id: Required[str]
    """Tool call that this message is responding to."""
