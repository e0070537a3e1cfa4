# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.eval_item import EvalItem
from ...types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "SamplingParams",
    "ScoreModelGrader",
]


class SamplingParams(BaseModel):
    """The sampling parameters for the model."""

    seed: Optional[int] = None
    top_p: Optional[float] = None
    temperature: Optional[float] = None
    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[ReasoningEffort] = None


class ScoreModelGrader(BaseModel):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    type: Literal["score_model"]
    """The object type, which is always `score_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation."""

    sampling_params: Optional[SamplingParams] = None
    """The sampling parameters for the model."""

    input: List[EvalItem]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Optional[List[float]] = None
    """The range of the score. Defaults to `[0, 1]`."""
