# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from ....types.graders.multi_grader_param import MultiGraderParam
from ....types.graders.python_grader_param import PythonGraderParam
from ....types.graders.score_model_grader_param import ScoreModelGraderParam
from ....types.graders.string_check_grader_param import StringCheckGraderParam
from ....types.graders.text_similarity_grader_param import TextSimilarityGraderParam

__all__ = [
    "Grader",
    "GraderRunParams",
]


Grader: TypeAlias = Union[
    StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, MultiGraderParam
]
"""The grader used for the fine-tuning job."""


class GraderRunParams(TypedDict, total=False):
    grader: Required[Grader]
    """The grader used for the fine-tuning job."""

    item: object
    """The dataset item provided to the grader. This will be used to populate 
    the `item` namespace. See [the guide](/docs/guides/graders) for more details."""

    model_sample: Required[str]
    """The model sample to be evaluated. This value will be used to populate 
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a 
    valid JSON string."""
