# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.chatkit.thread_item import ThreadItem

__all__ = [
    "ChatKitThreadItemList",
]


class ChatKitThreadItemList(BaseModel):
    """A paginated list of thread items rendered for the ChatKit API."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: List[ThreadItem]
    """A list of items"""

    first_id: Optional[str] = None
    last_id: Optional[str] = None
    has_more: bool
    """Whether there are more items available."""
