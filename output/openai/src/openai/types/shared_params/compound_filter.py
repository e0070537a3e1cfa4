# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.shared_params.comparison_filter import ComparisonFilter

__all__ = [
    "Filter",
    "CompoundFilter",
]


Filter: TypeAlias = Union[ComparisonFilter, object]


class CompoundFilter(TypedDict, total=False):
    """Combine multiple filters using `and` or `or`."""

    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: Required[Iterable[Filter]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
