# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from ...types.fine_tuning.reinforcement_hyperparameters_param import ReinforcementHyperparametersParam
from ...types.graders.multi_grader_param import MultiGraderParam
from ...types.graders.python_grader_param import PythonGraderParam
from ...types.graders.score_model_grader_param import ScoreModelGraderParam
from ...types.graders.string_check_grader_param import StringCheckGraderParam
from ...types.graders.text_similarity_grader_param import TextSimilarityGraderParam

__all__ = [
    "Grader",
    "ReinforcementMethodParam",
]


Grader: TypeAlias = Union[
    StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, MultiGraderParam
]
"""The grader used for the fine-tuning job."""


class ReinforcementMethodParam(TypedDict, total=False):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Required[Grader]
    """The grader used for the fine-tuning job."""

    hyperparameters: ReinforcementHyperparametersParam
    """The hyperparameters used for the reinforcement fine-tuning job."""
