# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = [
    "FunctionShellActionParam",
]


class FunctionShellActionParam(BaseModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: List[str]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: Optional[int] = None
    max_output_length: Optional[int] = None
