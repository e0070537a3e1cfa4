# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..types.grader_label_model_param import GraderLabelModelParam
from ..types.grader_python_param import GraderPythonParam
from ..types.grader_score_model_param import GraderScoreModelParam
from ..types.grader_string_check_param import GraderStringCheckParam
from ..types.grader_text_similarity_param import GraderTextSimilarityParam

__all__ = [
    "Graders",
    "GraderMultiParam",
]


Graders: TypeAlias = Union[
    GraderStringCheckParam, GraderTextSimilarityParam, GraderPythonParam, GraderScoreModelParam, GraderLabelModelParam
]


class GraderMultiParam(TypedDict, total=False):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Required[Literal["multi"]]
    """The object type, which is always `multi`."""

    name: Required[str]
    """The name of the grader."""

    graders: Required[Graders]
    calculate_output: Required[str]
    """A formula to calculate the output based on grader results."""
