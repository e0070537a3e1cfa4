# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..types.comparison_filter_param import ComparisonFilterParam

__all__ = [
    "Filter",
    "CompoundFilterParam",
]


Filter: TypeAlias = Union[ComparisonFilterParam, object]


class CompoundFilterParam(TypedDict, total=False):
    """Combine multiple filters using `and` or `or`."""

    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: Required[Iterable[Filter]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
