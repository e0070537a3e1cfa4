# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ChatCompletionFunctionMessageParam",
]


class ChatCompletionFunctionMessageParam(TypedDict, total=False):
    """Function message"""

    role: Required[Literal["function"]]
    """The role of the messages author, in this case `function`."""

    content: Required[Optional[str]]
    name: Required[str]
    """The name of the function to call."""
