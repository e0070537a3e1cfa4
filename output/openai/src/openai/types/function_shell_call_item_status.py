# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "FunctionShellCallItemStatus",
]


FunctionShellCallItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""Status values reported for shell tool calls."""
