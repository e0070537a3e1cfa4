# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = [
    "Content",
    "ChatCompletionPredictionContentParam",
]


Content: TypeAlias = Union[str, Iterable[ChatCompletionContentPartTextParam]]
"""The content that should be matched when generating a model response.
If generated tokens would match this content, the entire model response
can be returned much more quickly."""


class ChatCompletionPredictionContentParam(TypedDict, total=False):
    """Static predicted output content, such as the content of a text file that is
    being regenerated."""

    type: Required[Literal["content"]]
    """The type of the predicted content you want to provide. This type is
    currently always `content`."""

    content: Required[Content]
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly."""
