# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ...types.shared.comparison_filter import ComparisonFilter

__all__ = [
    "Filter",
    "CompoundFilter",
]


Filter: TypeAlias = Union[ComparisonFilter, object]


class CompoundFilter(BaseModel):
    """Combine multiple filters using `and` or `or`."""

    type: Literal["and", "or"]
    """Type of operation: `and` or `or`."""

    filters: List[Filter]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
