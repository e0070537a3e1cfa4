# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "PetSize",
]


PetSize: TypeAlias = Literal[1, 2, 3]
"""Size class of the pet: 1 small, 2 medium, 3 large."""
