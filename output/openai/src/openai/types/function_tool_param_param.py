# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "FunctionToolParamParam",
]


class FunctionToolParamParam(TypedDict, total=False):
    name: Required[str]
    description: Optional[str]
    parameters: Optional[object]
    strict: Optional[bool]
    type: Required[Literal["function"]]
    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""
