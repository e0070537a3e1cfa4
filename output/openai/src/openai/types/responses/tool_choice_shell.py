# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ToolChoiceShell",
]


class ToolChoiceShell(BaseModel):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Literal["shell"]
    """The tool to call. Always `shell`."""
