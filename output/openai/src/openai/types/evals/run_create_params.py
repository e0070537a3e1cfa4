# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Required, TypeAlias, TypedDict

from ...types.create_eval_responses_run_data_source_param import CreateEvalResponsesRunDataSourceParam
from ...types.evals.create_eval_completions_run_data_source_param import CreateEvalCompletionsRunDataSourceParam
from ...types.evals.create_eval_jsonl_run_data_source_param import CreateEvalJSONLRunDataSourceParam
from ...types.shared_params.metadata import Metadata

__all__ = [
    "DataSource",
    "RunCreateParams",
]


DataSource: TypeAlias = Union[
    CreateEvalJSONLRunDataSourceParam, CreateEvalCompletionsRunDataSourceParam, CreateEvalResponsesRunDataSourceParam
]
"""Details about the run's data source."""


class RunCreateParams(TypedDict, total=False):
    name: str
    """The name of the run."""

    metadata: Optional[Metadata]
    data_source: Required[DataSource]
    """Details about the run's data source."""
