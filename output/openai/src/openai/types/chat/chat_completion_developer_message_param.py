# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = [
    "Content",
    "ChatCompletionDeveloperMessageParam",
]


Content: TypeAlias = Union[str, Iterable[ChatCompletionContentPartTextParam]]
"""The contents of the developer message."""


class ChatCompletionDeveloperMessageParam(TypedDict, total=False):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages."""

    content: Required[Content]
    """The contents of the developer message."""

    role: Required[Literal["developer"]]
    """The role of the messages author, in this case `developer`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
