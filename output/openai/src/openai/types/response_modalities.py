# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal, TypeAlias

__all__ = [
    "ResponseModalities",
]


ResponseModalities: TypeAlias = Optional[List[Literal["text", "audio"]]]
