# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from ..types.fine_tune_reinforcement_hyperparameters_param import FineTuneReinforcementHyperparametersParam
from ..types.grader_multi_param import GraderMultiParam
from ..types.grader_python_param import GraderPythonParam
from ..types.grader_score_model_param import GraderScoreModelParam
from ..types.grader_string_check_param import GraderStringCheckParam
from ..types.grader_text_similarity_param import GraderTextSimilarityParam

__all__ = [
    "Grader",
    "FineTuneReinforcementMethodParam",
]


Grader: TypeAlias = Union[
    GraderStringCheckParam, GraderTextSimilarityParam, GraderPythonParam, GraderScoreModelParam, GraderMultiParam
]
"""The grader used for the fine-tuning job."""


class FineTuneReinforcementMethodParam(TypedDict, total=False):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Required[Grader]
    """The grader used for the fine-tuning job."""

    hyperparameters: FineTuneReinforcementHyperparametersParam
    """The hyperparameters used for the reinforcement fine-tuning job."""
