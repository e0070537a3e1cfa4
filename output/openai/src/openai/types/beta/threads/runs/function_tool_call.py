# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "Function",
    "FunctionToolCall",
]


class Function(BaseModel):
    """The definition of the function that was called."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments passed to the function."""

    output: Optional[str] = None


class FunctionToolCall(BaseModel):
    """Function tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["function"]
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: Function
    """The definition of the function that was called."""
