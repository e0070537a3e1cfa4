# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.grader_label_model import GraderLabelModel
from ..types.grader_python import GraderPython
from ..types.grader_score_model import GraderScoreModel
from ..types.grader_string_check import GraderStringCheck
from ..types.grader_text_similarity import GraderTextSimilarity

__all__ = [
    "Graders",
    "GraderMulti",
]


Graders: TypeAlias = Annotated[
    Union[GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderLabelModel],
    PropertyInfo(discriminator="type"),
]


class GraderMulti(BaseModel):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Literal["multi"]
    """The object type, which is always `multi`."""

    name: str
    """The name of the grader."""

    graders: Graders
    calculate_output: str
    """A formula to calculate the output based on grader results."""
