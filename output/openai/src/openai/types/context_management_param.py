# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = [
    "ContextManagementParam",
]


class ContextManagementParam(BaseModel):
    type: str
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: Optional[int] = None
