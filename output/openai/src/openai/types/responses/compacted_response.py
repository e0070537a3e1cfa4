# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.item_field import ItemField
from ...types.responses.response_usage import ResponseUsage

__all__ = [
    "CompactedResponse",
]


class CompactedResponse(BaseModel):
    """The compacted response object"""

    id: str
    """The unique identifier for the compacted response."""

    object: Literal["response.compaction"]
    """The object type. Always `response.compaction`."""

    output: List[ItemField]
    """The compacted list of output items."""

    created_at: int
    """Unix timestamp (in seconds) when the compacted conversation was created."""

    usage: ResponseUsage
    """Token accounting for the compaction pass, including cached, reasoning, and total tokens."""
