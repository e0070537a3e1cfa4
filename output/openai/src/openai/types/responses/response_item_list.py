# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response_item import ResponseItem

__all__ = [
    "ResponseItemList",
]


class ResponseItemList(BaseModel):
    """A list of Response items."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: List[ResponseItem]
    """A list of items used to generate this response."""

    has_more: bool
    """Whether there are more items available."""

    first_id: str
    """The ID of the first item in the list."""

    last_id: str
    """The ID of the last item in the list."""
