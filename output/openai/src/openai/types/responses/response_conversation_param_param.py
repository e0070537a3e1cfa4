# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = [
    "ResponseConversationParamParam",
]


class ResponseConversationParamParam(TypedDict, total=False):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: Required[str]
    """The unique ID of the conversation that this response was associated with."""
