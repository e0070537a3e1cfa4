# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "InputTokenCountResponse",
]


class InputTokenCountResponse(BaseModel):
    """Token counts"""

    object: Literal["response.input_tokens"]
    input_tokens: int
