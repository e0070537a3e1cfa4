# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "Priority",
]


Priority: TypeAlias = Literal[1, 2, 3, 4]
"""Priority: 1 is highest, 4 is lowest."""
