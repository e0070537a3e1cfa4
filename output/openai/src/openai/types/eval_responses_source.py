# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "EvalResponsesSource",
]


class EvalResponsesSource(BaseModel):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    metadata: Optional[Dict[str, object]] = None
    model: Optional[str] = None
    instructions_search: Optional[str] = None
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    reasoning_effort: Optional[ReasoningEffort] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None
    tools: Optional[List[str]] = None
