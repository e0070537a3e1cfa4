# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..types.create_eval_custom_data_source_config_param import CreateEvalCustomDataSourceConfigParam
from ..types.create_eval_label_model_grader_param import CreateEvalLabelModelGraderParam
from ..types.create_eval_logs_data_source_config_param import CreateEvalLogsDataSourceConfigParam
from ..types.create_eval_stored_completions_data_source_config_param import (
    CreateEvalStoredCompletionsDataSourceConfigParam,
)
from ..types.eval_item_param import EvalItemParam
from ..types.graders.string_check_grader_param import StringCheckGraderParam
from ..types.shared.reasoning_effort import ReasoningEffort
from ..types.shared_params.metadata import Metadata

__all__ = [
    "DataSourceConfig",
    "TestingCriteriaTextSimilarity",
    "TestingCriteriaPython",
    "TestingCriteriaScoreModelSamplingParams",
    "TestingCriteriaScoreModel",
    "TestingCriteria",
    "EvalCreateParams",
]


DataSourceConfig: TypeAlias = Union[
    CreateEvalCustomDataSourceConfigParam,
    CreateEvalLogsDataSourceConfigParam,
    CreateEvalStoredCompletionsDataSourceConfigParam,
]
"""The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""


class TestingCriteriaTextSimilarity(TypedDict, total=False):
    type: Required[Literal["text_similarity"]]
    """The type of grader."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The text being graded."""

    reference: Required[str]
    """The text being graded against."""

    evaluation_metric: Required[
        Literal[
            "cosine",
            "fuzzy_match",
            "bleu",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
    ]
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`, 
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`, 
    or `rouge_l`."""

    pass_threshold: Required[float]
    """The threshold for the score."""


class TestingCriteriaPython(TypedDict, total=False):
    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""

    pass_threshold: float
    """The threshold for the score."""


class TestingCriteriaScoreModelSamplingParams(TypedDict, total=False):
    """The sampling parameters for the model."""

    seed: Optional[int]
    top_p: Optional[float]
    temperature: Optional[float]
    max_completions_tokens: Optional[int]
    reasoning_effort: Optional[ReasoningEffort]


class TestingCriteriaScoreModel(TypedDict, total=False):
    type: Required[Literal["score_model"]]
    """The object type, which is always `score_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation."""

    sampling_params: TestingCriteriaScoreModelSamplingParams
    """The sampling parameters for the model."""

    input: Required[Iterable[EvalItemParam]]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Iterable[float]
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float
    """The threshold for the score."""


TestingCriteria: TypeAlias = Union[
    CreateEvalLabelModelGraderParam,
    StringCheckGraderParam,
    TestingCriteriaTextSimilarity,
    TestingCriteriaPython,
    TestingCriteriaScoreModel,
]


class EvalCreateParams(TypedDict, total=False):
    name: str
    """The name of the evaluation."""

    metadata: Optional[Metadata]
    data_source_config: Required[DataSourceConfig]
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: Required[Iterable[TestingCriteria]]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""
