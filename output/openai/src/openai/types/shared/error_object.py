# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "ErrorObject",
]


class ErrorObject(BaseModel):
    code: Optional[str] = None
    message: str
    param: Optional[str] = None
    type: str
