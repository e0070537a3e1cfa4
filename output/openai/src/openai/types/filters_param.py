# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.comparison_filter_param import ComparisonFilterParam
from ..types.compound_filter_param import CompoundFilterParam

__all__ = [
    "FiltersParam",
]


FiltersParam: TypeAlias = Union[ComparisonFilterParam, CompoundFilterParam]
