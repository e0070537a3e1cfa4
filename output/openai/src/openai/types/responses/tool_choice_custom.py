# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ToolChoiceCustom",
]


class ToolChoiceCustom(BaseModel):
    """Use this option to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    name: str
    """The name of the custom tool to call."""
