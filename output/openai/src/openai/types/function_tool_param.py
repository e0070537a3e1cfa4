# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Parameters",
    "FunctionToolParam",
]


class Parameters(BaseModel):
    pass


class FunctionToolParam(BaseModel):
    name: str
    description: Optional[str] = None
    parameters: Optional[Parameters] = None
    strict: Optional[bool] = None
    type: Literal["function"]
    defer_loading: Optional[bool] = None
    """Whether this function should be deferred and discovered via tool search."""
