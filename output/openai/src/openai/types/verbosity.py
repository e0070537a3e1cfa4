# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, TypeAlias

__all__ = [
    "Verbosity",
]


Verbosity: TypeAlias = Optional[Literal["low", "medium", "high"]]
