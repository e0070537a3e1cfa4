# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.eval_custom_data_source_config import EvalCustomDataSourceConfig
from ..types.eval_grader_label_model import EvalGraderLabelModel
from ..types.eval_grader_python import EvalGraderPython
from ..types.eval_grader_score_model import EvalGraderScoreModel
from ..types.eval_grader_string_check import EvalGraderStringCheck
from ..types.eval_grader_text_similarity import EvalGraderTextSimilarity
from ..types.eval_logs_data_source_config import EvalLogsDataSourceConfig
from ..types.eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from ..types.shared.metadata import Metadata

__all__ = [
    "DataSourceConfig",
    "TestingCriteria",
    "EvalRetrieveResponse",
]


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, EvalLogsDataSourceConfig, EvalStoredCompletionsDataSourceConfig],
    PropertyInfo(discriminator="type"),
]
"""Configuration of data sources used in runs of the evaluation."""


TestingCriteria: TypeAlias = Annotated[
    Union[
        EvalGraderLabelModel, EvalGraderStringCheck, EvalGraderTextSimilarity, EvalGraderPython, EvalGraderScoreModel
    ],
    PropertyInfo(discriminator="type"),
]


class EvalRetrieveResponse(BaseModel):
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
