# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.conversation_param2 import ConversationParam2

__all__ = [
    "ConversationParam",
]


ConversationParam: TypeAlias = Union[str, ConversationParam2]
"""The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
Input items and output items from this response are automatically added to this conversation after this response completes."""
