# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypeAlias

from .._models import BaseModel

__all__ = [
    "RunStepCompletionUsage2",
    "RunStepCompletionUsage",
]


class RunStepCompletionUsage2(BaseModel):
    """Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run step."""

    prompt_tokens: int
    """Number of prompt tokens used over the course of the run step."""

    total_tokens: int
    """Total number of tokens used (prompt + completion)."""


RunStepCompletionUsage: TypeAlias = Optional[RunStepCompletionUsage2]
