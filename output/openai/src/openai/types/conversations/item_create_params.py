# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ...types.responses.response_includable import ResponseIncludable
from ...types.responses.response_input_item_param import ResponseInputItemParam

__all__ = [
    "ItemCreateParams",
]


class ItemCreateParams(TypedDict, total=False):
    include: Iterable[ResponseIncludable]
    """Additional fields to include in the response. See the `include`
    parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information."""

    items: Required[Iterable[ResponseInputItemParam]]
    """The items to add to the conversation. You may add up to 20 items at a time."""
