# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypedDict

from ...types.responses.response_includable import ResponseIncludable

__all__ = [
    "ItemRetrieveParams",
]


class ItemRetrieveParams(TypedDict, total=False):
    include: Iterable[ResponseIncludable]
    """Additional fields to include in the response. See the `include`
    parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information."""
