# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypeAlias

from .._models import BaseModel

__all__ = [
    "RunCompletionUsage2",
    "RunCompletionUsage",
]


class RunCompletionUsage2(BaseModel):
    """Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.)."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run."""

    prompt_tokens: int
    """Number of prompt tokens used over the course of the run."""

    total_tokens: int
    """Total number of tokens used (prompt + completion)."""


RunCompletionUsage: TypeAlias = Optional[RunCompletionUsage2]
