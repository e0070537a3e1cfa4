# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters
from ..types.grader_multi import GraderMulti
from ..types.grader_python import GraderPython
from ..types.grader_score_model import GraderScoreModel
from ..types.grader_string_check import GraderStringCheck
from ..types.grader_text_similarity import GraderTextSimilarity

__all__ = [
    "Grader",
    "FineTuneReinforcementMethod",
]


Grader: TypeAlias = Annotated[
    Union[GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderMulti],
    PropertyInfo(discriminator="type"),
]
"""The grader used for the fine-tuning job."""


class FineTuneReinforcementMethod(BaseModel):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Grader
    """The grader used for the fine-tuning job."""

    hyperparameters: Optional[FineTuneReinforcementHyperparameters] = None
    """The hyperparameters used for the reinforcement fine-tuning job."""
