# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.eval_custom_data_source_config import EvalCustomDataSourceConfig
from ..types.eval_grader_label_model import EvalGraderLabelModel
from ..types.eval_grader_python import EvalGraderPython
from ..types.eval_grader_score_model import EvalGraderScoreModel
from ..types.eval_grader_string_check import EvalGraderStringCheck
from ..types.eval_grader_text_similarity import EvalGraderTextSimilarity
from ..types.eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from ..types.shared.metadata import Metadata

__all__ = [
    "DataSourceConfigLogs",
    "DataSourceConfig",
    "TestingCriteria",
    "EvalListResponse",
]


class DataSourceConfigLogs(BaseModel):
    """A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config."""

    type: Literal["logs"]
    """The type of data source. Always `logs`."""

    metadata: Optional[Metadata] = None
    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, DataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig],
    PropertyInfo(discriminator="type"),
]
"""Configuration of data sources used in runs of the evaluation."""


TestingCriteria: TypeAlias = Annotated[
    Union[
        EvalGraderLabelModel, EvalGraderStringCheck, EvalGraderTextSimilarity, EvalGraderPython, EvalGraderScoreModel
    ],
    PropertyInfo(discriminator="type"),
]


class EvalListResponse(BaseModel):
    """An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o"""

    object: Literal["eval"]
    """The object type."""

    id: str
    """Unique identifier for the evaluation."""

    name: str
    """The name of the evaluation."""

    data_source_config: DataSourceConfig
    """Configuration of data sources used in runs of the evaluation."""

    testing_criteria: List[TestingCriteria]
    """A list of testing criteria."""

    created_at: int
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Optional[Metadata] = None
