# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.graders.label_model_grader_param import LabelModelGraderParam
from ...types.graders.python_grader_param import PythonGraderParam
from ...types.graders.score_model_grader_param import ScoreModelGraderParam
from ...types.graders.string_check_grader_param import StringCheckGraderParam
from ...types.graders.text_similarity_grader_param import TextSimilarityGraderParam

__all__ = [
    "Graders",
    "MultiGraderParam",
]


Graders: TypeAlias = Union[
    StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, LabelModelGraderParam
]


class MultiGraderParam(TypedDict, total=False):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Required[Literal["multi"]]
    """The object type, which is always `multi`."""

    name: Required[str]
    """The name of the grader."""

    graders: Required[Graders]
    calculate_output: Required[str]
    """A formula to calculate the output based on grader results."""
