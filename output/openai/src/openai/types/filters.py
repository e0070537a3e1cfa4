# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.shared.comparison_filter import ComparisonFilter
from ..types.shared.compound_filter import CompoundFilter

__all__ = [
    "Filters",
]


Filters: TypeAlias = Union[ComparisonFilter, CompoundFilter]
