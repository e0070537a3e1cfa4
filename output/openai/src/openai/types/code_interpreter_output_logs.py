# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "CodeInterpreterOutputLogs",
]


class CodeInterpreterOutputLogs(BaseModel):
    """The logs output from the code interpreter."""

    type: Literal["logs"]
    """The type of the output. Always `logs`."""

    logs: str
    """The logs output from the code interpreter."""
