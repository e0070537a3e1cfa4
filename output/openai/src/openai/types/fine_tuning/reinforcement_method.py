# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.fine_tuning.reinforcement_hyperparameters import ReinforcementHyperparameters
from ...types.graders.multi_grader import MultiGrader
from ...types.graders.python_grader import PythonGrader
from ...types.graders.score_model_grader import ScoreModelGrader
from ...types.graders.string_check_grader import StringCheckGrader
from ...types.graders.text_similarity_grader import TextSimilarityGrader

__all__ = [
    "Grader",
    "ReinforcementMethod",
]


Grader: TypeAlias = Annotated[
    Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, MultiGrader],
    PropertyInfo(discriminator="type"),
]
"""The grader used for the fine-tuning job."""


class ReinforcementMethod(BaseModel):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Grader
    """The grader used for the fine-tuning job."""

    hyperparameters: Optional[ReinforcementHyperparameters] = None
    """The hyperparameters used for the reinforcement fine-tuning job."""
