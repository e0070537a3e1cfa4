# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "FunctionToolParam",
]


class FunctionToolParam(BaseModel):
    name: str
    description: Optional[str] = None
    parameters: Optional[object] = None
    strict: Optional[bool] = None
    type: Literal["function"]
    defer_loading: Optional[bool] = None
    """Whether this function should be deferred and discovered via tool search."""
