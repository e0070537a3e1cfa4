# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.eval_custom_data_source_config import EvalCustomDataSourceConfig
from ..types.eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from ..types.graders.grader_inputs import GraderInputs
from ..types.graders.label_model_grader import LabelModelGrader
from ..types.graders.string_check_grader import StringCheckGrader
from ..types.responses.response_input_audio import ResponseInputAudio
from ..types.responses.response_input_text import ResponseInputText
from ..types.shared.metadata import Metadata
from ..types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "DataSourceConfigLogs",
    "DataSourceConfig",
    "TestingCriterionEvalGraderTextSimilarity",
    "TestingCriterionEvalGraderPython",
    "TestingCriterionEvalGraderScoreModelSamplingParams",
    "TestingCriterionEvalGraderScoreModelInputContentOutputText",
    "TestingCriterionEvalGraderScoreModelInputContentInputImage",
    "TestingCriterionEvalGraderScoreModelInputContent",
    "TestingCriterionEvalGraderScoreModelInput",
    "TestingCriterionEvalGraderScoreModel",
    "TestingCriterion",
    "EvalRetrieveResponse",
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


class TestingCriterionEvalGraderTextSimilarity(BaseModel):
    type: Literal["text_similarity"]
    """The type of grader."""

    name: str
    """The name of the grader."""

    input: str
    """The text being graded."""

    reference: str
    """The text being graded against."""

    evaluation_metric: Literal[
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
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`, 
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`, 
    or `rouge_l`."""

    pass_threshold: float
    """The threshold for the score."""


class TestingCriterionEvalGraderPython(BaseModel):
    type: Literal["python"]
    """The object type, which is always `python`."""

    name: str
    """The name of the grader."""

    source: str
    """The source code of the python script."""

    image_tag: Optional[str] = None
    """The image tag to use for the python script."""

    pass_threshold: Optional[float] = None
    """The threshold for the score."""


class TestingCriterionEvalGraderScoreModelSamplingParams(BaseModel):
    """The sampling parameters for the model."""

    seed: Optional[int] = None
    top_p: Optional[float] = None
    temperature: Optional[float] = None
    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[ReasoningEffort] = None


class TestingCriterionEvalGraderScoreModelInputContentOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class TestingCriterionEvalGraderScoreModelInputContentInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: Optional[str] = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


TestingCriterionEvalGraderScoreModelInputContent: TypeAlias = Union[
    str,
    ResponseInputText,
    TestingCriterionEvalGraderScoreModelInputContentOutputText,
    TestingCriterionEvalGraderScoreModelInputContentInputImage,
    ResponseInputAudio,
    GraderInputs,
]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""


class TestingCriterionEvalGraderScoreModelInput(BaseModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions."""

    role: Literal["user", "assistant", "system", "developer"]
    """The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`."""

    content: TestingCriterionEvalGraderScoreModelInputContent
    """Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always `message`."""


class TestingCriterionEvalGraderScoreModel(BaseModel):
    type: Literal["score_model"]
    """The object type, which is always `score_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation."""

    sampling_params: Optional[TestingCriterionEvalGraderScoreModelSamplingParams] = None
    """The sampling parameters for the model."""

    input: List[TestingCriterionEvalGraderScoreModelInput]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Optional[List[float]] = None
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: Optional[float] = None
    """The threshold for the score."""


TestingCriterion: TypeAlias = Annotated[
    Union[
        LabelModelGrader,
        StringCheckGrader,
        TestingCriterionEvalGraderTextSimilarity,
        TestingCriterionEvalGraderPython,
        TestingCriterionEvalGraderScoreModel,
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

    testing_criteria: List[TestingCriterion]
    """A list of testing criteria."""

    created_at: int
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Optional[Metadata] = None
