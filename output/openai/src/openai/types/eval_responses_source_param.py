# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from ..types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "EvalResponsesSourceParam",
]


class EvalResponsesSourceParam(TypedDict, total=False):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    metadata: Optional[Dict[str, object]]
    model: Optional[str]
    instructions_search: Optional[str]
    created_after: Optional[int]
    created_before: Optional[int]
    reasoning_effort: Optional[ReasoningEffort]
    temperature: Optional[float]
    top_p: Optional[float]
    users: Optional[SequenceNotStr[str]]
    tools: Optional[SequenceNotStr[str]]
