# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Required, TypeAlias, TypedDict

from ..types.create_eval_custom_data_source_config_param import CreateEvalCustomDataSourceConfigParam
from ..types.create_eval_label_model_grader_param import CreateEvalLabelModelGraderParam
from ..types.create_eval_logs_data_source_config_param import CreateEvalLogsDataSourceConfigParam
from ..types.create_eval_stored_completions_data_source_config_param import (
    CreateEvalStoredCompletionsDataSourceConfigParam,
)
from ..types.eval_grader_python_param import EvalGraderPythonParam
from ..types.eval_grader_score_model_param import EvalGraderScoreModelParam
from ..types.eval_grader_string_check_param import EvalGraderStringCheckParam
from ..types.eval_grader_text_similarity_param import EvalGraderTextSimilarityParam
from ..types.shared_params.metadata import Metadata

__all__ = [
    "DataSourceConfig",
    "TestingCriteria",
    "EvalCreateParams",
]


DataSourceConfig: TypeAlias = Union[
    CreateEvalCustomDataSourceConfigParam,
    CreateEvalLogsDataSourceConfigParam,
    CreateEvalStoredCompletionsDataSourceConfigParam,
]
"""The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""


TestingCriteria: TypeAlias = Union[
    CreateEvalLabelModelGraderParam,
    EvalGraderStringCheckParam,
    EvalGraderTextSimilarityParam,
    EvalGraderPythonParam,
    EvalGraderScoreModelParam,
]


class EvalCreateParams(TypedDict, total=False):
    name: str
    """The name of the evaluation."""

    metadata: Optional[Metadata]
    data_source_config: Required[DataSourceConfig]
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: Required[Iterable[TestingCriteria]]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""
