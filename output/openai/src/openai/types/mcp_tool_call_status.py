# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "McpToolCallStatus",
]


McpToolCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete", "calling", "failed"]
