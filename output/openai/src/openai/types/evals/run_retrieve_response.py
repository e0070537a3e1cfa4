# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
from ...types.evals.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from ...types.evals.create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource
from ...types.evals.eval_api_error import EvalAPIError
from ...types.shared.metadata import Metadata

__all__ = [
    "ResultCounts",
    "PerModelUsage",
    "PerTestingCriteriaResult",
    "DataSource",
    "RunRetrieveResponse",
]


class ResultCounts(BaseModel):
    """Counters summarizing the outcomes of the evaluation run."""

    total: int
    """Total number of executed output items."""

    errored: int
    """Number of output items that resulted in an error."""

    failed: int
    """Number of output items that failed to pass the evaluation."""

    passed: int
    """Number of output items that passed the evaluation."""


class PerModelUsage(BaseModel):
    model_name_: str = FieldInfo(alias="model_name")
    """The name of the model."""

    invocation_count: int
    """The number of invocations."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    total_tokens: int
    """The total number of tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""


class PerTestingCriteriaResult(BaseModel):
    testing_criteria: str
    """A description of the testing criteria."""

    passed: int
    """Number of tests passed for this criteria."""

    failed: int
    """Number of tests failed for this criteria."""


DataSource: TypeAlias = Annotated[
    Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, CreateEvalResponsesRunDataSource],
    PropertyInfo(discriminator="type"),
]
"""Information about the run's data source."""


class RunRetrieveResponse(BaseModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"]
    """The type of the object. Always "eval.run"."""

    id: str
    """Unique identifier for the evaluation run."""

    eval_id: str
    """The identifier of the associated evaluation."""

    status: str
    """The status of the evaluation run."""

    model: str
    """The model that is evaluated, if applicable."""

    name: str
    """The name of the evaluation run."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: ResultCounts
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: List[PerModelUsage]
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: List[PerTestingCriteriaResult]
    """Results per testing criteria applied during the evaluation run."""

    data_source: DataSource
    """Information about the run's data source."""

    metadata: Optional[Metadata] = None
    error: EvalAPIError
    """An object representing an error response from the Eval API."""
