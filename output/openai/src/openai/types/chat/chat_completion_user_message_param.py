# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_param import ChatCompletionContentPartParam

__all__ = [
    "Content",
    "ChatCompletionUserMessageParam",
]


Content: TypeAlias = Union[str, Iterable[ChatCompletionContentPartParam]]
"""The contents of the user message."""


class ChatCompletionUserMessageParam(TypedDict, total=False):
    """Messages sent by an end user, containing prompts or additional context
    information."""

    content: Required[Content]
    """The contents of the user message."""

    role: Required[Literal["user"]]
    """The role of the messages author, in this case `user`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
