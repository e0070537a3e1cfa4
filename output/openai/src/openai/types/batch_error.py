# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = [
    "BatchError",
]


class BatchError(BaseModel):
    code: Optional[str] = None
    """An error code identifying the error type."""

    message: Optional[str] = None
    """A human-readable message providing more details about the error."""

    param: Optional[str] = None
    line: Optional[int] = None
