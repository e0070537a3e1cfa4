# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from .._models import BaseModel

__all__ = [
    "EvalRunOutputItemResult",
]


class EvalRunOutputItemResult(BaseModel):
    """A single grader result for an evaluation run output item."""

    name: str
    """The name of the grader."""

    type: Optional[str] = None
    """The grader type (for example, "string-check-grader")."""

    score: float
    """The numeric score produced by the grader."""

    passed: bool
    """Whether the grader considered the output a pass."""

    sample: Optional[Dict[str, object]] = None
    """Optional sample or intermediate data produced by the grader."""
