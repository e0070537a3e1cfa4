# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.graders.label_model_grader import LabelModelGrader
from ...types.graders.python_grader import PythonGrader
from ...types.graders.score_model_grader import ScoreModelGrader
from ...types.graders.string_check_grader import StringCheckGrader
from ...types.graders.text_similarity_grader import TextSimilarityGrader

__all__ = [
    "Graders",
    "MultiGrader",
]


Graders: TypeAlias = Annotated[
    Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, LabelModelGrader],
    PropertyInfo(discriminator="type"),
]


class MultiGrader(BaseModel):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Literal["multi"]
    """The object type, which is always `multi`."""

    name: str
    """The name of the grader."""

    graders: Graders
    calculate_output: str
    """A formula to calculate the output based on grader results."""
