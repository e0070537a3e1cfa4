# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ToolChoiceFunction",
]


class ToolChoiceFunction(BaseModel):
    """Use this option to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    name: str
    """The name of the function to call."""
