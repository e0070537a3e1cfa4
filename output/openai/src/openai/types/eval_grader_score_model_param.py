# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.eval_item_param import EvalItemParam
from ..types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "SamplingParams",
    "EvalGraderScoreModelParam",
]


class SamplingParams(TypedDict, total=False):
    """The sampling parameters for the model."""

    seed: Optional[int]
    top_p: Optional[float]
    temperature: Optional[float]
    max_completions_tokens: Optional[int]
    reasoning_effort: Optional[ReasoningEffort]


class EvalGraderScoreModelParam(TypedDict, total=False):
    """ScoreModelGrader"""

    type: Required[Literal["score_model"]]
    """The object type, which is always `score_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation."""

    sampling_params: SamplingParams
    """The sampling parameters for the model."""

    input: Required[Iterable[EvalItemParam]]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Iterable[float]
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float
    """The threshold for the score."""
