# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "CompactionTriggerItemParam",
]


class CompactionTriggerItemParam(BaseModel):
    """Compacts the current context. Must be the final input item."""

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`."""
