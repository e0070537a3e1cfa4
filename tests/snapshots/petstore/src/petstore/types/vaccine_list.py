# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import TypeAlias

__all__ = [
    "VaccineList",
]


VaccineList: TypeAlias = Union[str, List[str]]
"""One vaccine name or a list of them (a union of primitives)."""
