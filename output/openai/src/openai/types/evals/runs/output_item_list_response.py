# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import builtins
from typing import Dict, List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.evals.eval_api_error import EvalAPIError

__all__ = [
    "Result",
    "SampleInput",
    "SampleOutput",
    "SampleUsage",
    "Sample",
    "OutputItemListResponse",
]


class Result(BaseModel):
    """A single grader result for an evaluation run output item."""

    name: str
    """The name of the grader."""

    type: Optional[str] = None
    """The grader type (for example, "string-check-grader")."""

    score: float
    """The numeric score produced by the grader."""

    passed: bool
    """Whether the grader considered the output a pass."""

    sample: Optional[Dict[str, object]] = None
    """Optional sample or intermediate data produced by the grader."""


class SampleInput(BaseModel):
    """An input message."""

    role: str
    """The role of the message sender (e.g., system, user, developer)."""

    content: str
    """The content of the message."""


class SampleOutput(BaseModel):
    role: Optional[str] = None
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Optional[str] = None
    """The content of the message."""


class SampleUsage(BaseModel):
    """Token usage details for the sample."""

    total_tokens: int
    """The total number of tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""


class Sample(BaseModel):
    """A sample containing the input and output of the evaluation run."""

    input: List[SampleInput]
    """An array of input messages."""

    output: List[SampleOutput]
    """An array of output messages."""

    finish_reason: str
    """The reason why the sample generation was finished."""

    model: str
    """The model used for generating the sample."""

    usage: SampleUsage
    """Token usage details for the sample."""

    error: EvalAPIError
    """An object representing an error response from the Eval API."""

    temperature: float
    """The sampling temperature used."""

    max_completion_tokens: int
    """The maximum number of tokens allowed for completion."""

    top_p: float
    """The top_p value used for sampling."""

    seed: int
    """The seed used for generating the sample."""


class OutputItemListResponse(BaseModel):
    """A schema representing an evaluation run output item."""

    object: Literal["eval.run.output_item"]
    """The type of the object. Always "eval.run.output_item"."""

    id: str
    """Unique identifier for the evaluation run output item."""

    run_id: str
    """The identifier of the evaluation run associated with this output item."""

    eval_id: str
    """The identifier of the evaluation group."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    status: str
    """The status of the evaluation run."""

    datasource_item_id: int
    """The identifier for the data source item."""

    datasource_item: Dict[str, builtins.object]
    """Details of the input data source item."""

    results: List[Result]
    """A list of grader results for this output item."""

    sample: Sample
    """A sample containing the input and output of the evaluation run."""
