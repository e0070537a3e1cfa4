# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.shared_params.comparison_filter import ComparisonFilter
from ..types.shared_params.compound_filter import CompoundFilter

__all__ = [
    "FiltersParam",
]


FiltersParam: TypeAlias = Union[ComparisonFilter, CompoundFilter]
