# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union

from typing_extensions import Required, TypeAlias, TypedDict

from ....types.grader_multi_param import GraderMultiParam
from ....types.grader_python_param import GraderPythonParam
from ....types.grader_score_model_param import GraderScoreModelParam
from ....types.grader_string_check_param import GraderStringCheckParam
from ....types.grader_text_similarity_param import GraderTextSimilarityParam

__all__ = [
    "Grader",
    "GraderRunParams",
]


Grader: TypeAlias = Union[
    GraderStringCheckParam, GraderTextSimilarityParam, GraderPythonParam, GraderScoreModelParam, GraderMultiParam
]
"""The grader used for the fine-tuning job."""


class GraderRunParams(TypedDict, total=False):
    grader: Required[Grader]
    """The grader used for the fine-tuning job."""

    item: Dict[str, object]
    """The dataset item provided to the grader. This will be used to populate 
the `item` namespace. See [the guide](/docs/guides/graders) for more details."""

    model_sample: Required[str]
    """The model sample to be evaluated. This value will be used to populate 
the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
The `output_json` variable will be populated if the model sample is a 
valid JSON string."""
