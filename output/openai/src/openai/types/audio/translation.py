# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "Translation",
]


class Translation(BaseModel):
    text: str
