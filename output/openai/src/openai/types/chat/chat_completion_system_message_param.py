# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = [
    "Content",
    "ChatCompletionSystemMessageParam",
]


Content: TypeAlias = Union[str, Iterable[ChatCompletionContentPartTextParam]]
"""The contents of the system message."""


class ChatCompletionSystemMessageParam(TypedDict, total=False):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead."""

    content: Required[Content]
    """The contents of the system message."""

    role: Required[Literal["system"]]
    """The role of the messages author, in this case `system`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
