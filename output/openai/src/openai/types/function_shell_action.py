# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = [
    "FunctionShellAction",
]


class FunctionShellAction(BaseModel):
    """Execute a shell command."""

    commands: List[str]
    timeout_ms: Optional[int] = None
    max_output_length: Optional[int] = None
