# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.evals.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from ...types.evals.create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource
from ...types.evals.eval_api_error import EvalAPIError
from ...types.graders.grader_inputs import GraderInputs
from ...types.responses.response_format_text_config import ResponseFormatTextConfig
from ...types.responses.response_input_audio import ResponseInputAudio
from ...types.responses.response_input_text import ResponseInputText
from ...types.responses.tool import Tool
from ...types.shared.metadata import Metadata
from ...types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "ResultCounts",
    "PerModelUsage",
    "PerTestingCriteriaResult",
    "DataSourceResponsesInputMessagesTemplateTemplateChatMessage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContentOutputText",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContentInputImage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContent",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObject",
    "DataSourceResponsesInputMessagesTemplateTemplate",
    "DataSourceResponsesInputMessagesTemplate",
    "DataSourceResponsesInputMessagesItemReference",
    "DataSourceResponsesInputMessages",
    "DataSourceResponsesSamplingParamsText",
    "DataSourceResponsesSamplingParams",
    "DataSourceResponsesSourceFileContentContent",
    "DataSourceResponsesSourceFileContent",
    "DataSourceResponsesSourceFileID",
    "DataSourceResponsesSourceResponses",
    "DataSourceResponsesSource",
    "DataSourceResponses",
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


class DataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""


class DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContentOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContentInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: Optional[str] = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContent: TypeAlias = Union[
    str,
    ResponseInputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContentOutputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContentInputImage,
    ResponseInputAudio,
    GraderInputs,
]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""


class DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObject(BaseModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions."""

    role: Literal["user", "assistant", "system", "developer"]
    """The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`."""

    content: DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObjectContent
    """Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always `message`."""


DataSourceResponsesInputMessagesTemplateTemplate: TypeAlias = Union[
    DataSourceResponsesInputMessagesTemplateTemplateChatMessage,
    DataSourceResponsesInputMessagesTemplateTemplateEvalMessageObject,
]


class DataSourceResponsesInputMessagesTemplate(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: List[DataSourceResponsesInputMessagesTemplateTemplate]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class DataSourceResponsesInputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.name" """


DataSourceResponsesInputMessages: TypeAlias = Annotated[
    Union[DataSourceResponsesInputMessagesTemplate, DataSourceResponsesInputMessagesItemReference],
    PropertyInfo(discriminator="type"),
]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""


class DataSourceResponsesSamplingParamsText(BaseModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    format: Optional[ResponseFormatTextConfig] = None
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs, 
    which ensures the model will match your supplied JSON schema. Learn more in the 
    [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""


class DataSourceResponsesSamplingParams(BaseModel):
    reasoning_effort: Optional[ReasoningEffort] = None
    temperature: Optional[float] = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: Optional[int] = None
    """The maximum number of tokens in the generated output."""

    top_p: Optional[float] = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: Optional[int] = None
    """A seed value to initialize the randomness, during sampling."""

    tools: Optional[List[Tool]] = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling)."""

    text: Optional[DataSourceResponsesSamplingParamsText] = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""


class DataSourceResponsesSourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class DataSourceResponsesSourceFileContent(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: List[DataSourceResponsesSourceFileContentContent]
    """The content of the jsonl file."""


class DataSourceResponsesSourceFileID(BaseModel):
    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""


class DataSourceResponsesSourceResponses(BaseModel):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    metadata: Optional[object] = None
    model: Optional[str] = None
    instructions_search: Optional[str] = None
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    reasoning_effort: Optional[ReasoningEffort] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None
    tools: Optional[List[str]] = None


DataSourceResponsesSource: TypeAlias = Annotated[
    Union[DataSourceResponsesSourceFileContent, DataSourceResponsesSourceFileID, DataSourceResponsesSourceResponses],
    PropertyInfo(discriminator="type"),
]
"""Determines what populates the `item` namespace in this run's data source."""


class DataSourceResponses(BaseModel):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    input_messages: Optional[DataSourceResponsesInputMessages] = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: Optional[DataSourceResponsesSamplingParams] = None
    model: Optional[str] = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: DataSourceResponsesSource
    """Determines what populates the `item` namespace in this run's data source."""


DataSource: TypeAlias = Annotated[
    Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, DataSourceResponses],
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
