# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ChatCompletionRequestFunctionMessage",
]


class ChatCompletionRequestFunctionMessage(BaseModel):
    """Function message"""

    role: Literal["function"]
    """The role of the messages author, in this case `function`."""

    content: Optional[str] = None
    name: str
    """The name of the function to call."""
