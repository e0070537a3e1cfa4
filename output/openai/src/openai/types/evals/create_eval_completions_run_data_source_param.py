# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from ...types.eval_item_param import EvalItemParam
from ...types.responses.easy_input_message_param import EasyInputMessageParam
from ...types.shared.reasoning_effort import ReasoningEffort
from ...types.shared_params.metadata import Metadata
from ...types.shared_params.response_format_json_object import ResponseFormatJSONObject
from ...types.shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ...types.shared_params.response_format_text import ResponseFormatText

__all__ = [
    "InputMessagesTemplateInputMessagesTemplate",
    "InputMessagesTemplateInputMessages",
    "InputMessagesItemReferenceInputMessages",
    "InputMessages",
    "SamplingParamsResponseFormat",
    "SamplingParams",
    "SourceFileContentContent",
    "SourceFileContent",
    "SourceFileID",
    "SourceStoredCompletions",
    "Source",
    "CreateEvalCompletionsRunDataSourceParam",
]


InputMessagesTemplateInputMessagesTemplate: TypeAlias = Union[EasyInputMessageParam, EvalItemParam]


class InputMessagesTemplateInputMessages(TypedDict, total=False):
    type: Required[Literal["template"]]
    """The type of input messages. Always `template`."""

    template: Required[Iterable[InputMessagesTemplateInputMessagesTemplate]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class InputMessagesItemReferenceInputMessages(TypedDict, total=False):
    type: Required[Literal["item_reference"]]
    """The type of input messages. Always `item_reference`."""

    item_reference: Required[str]
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory" """


InputMessages: TypeAlias = Union[InputMessagesTemplateInputMessages, InputMessagesItemReferenceInputMessages]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""


SamplingParamsResponseFormat: TypeAlias = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]
"""An object specifying the format that the model must output.

Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
Structured Outputs which ensures the model will match your supplied JSON
schema. Learn more in the [Structured Outputs
guide](/docs/guides/structured-outputs).

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it."""


class SamplingParams(TypedDict, total=False):
    reasoning_effort: Optional[ReasoningEffort]
    temperature: float
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int
    """The maximum number of tokens in the generated output."""

    top_p: float
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int
    """A seed value to initialize the randomness, during sampling."""

    response_format: SamplingParamsResponseFormat
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    tools: Iterable[ChatCompletionFunctionToolParam]
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""


class SourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class SourceFileContent(TypedDict, total=False):
    type: Required[Literal["file_content"]]
    """The type of jsonl source. Always `file_content`."""

    content: Required[Iterable[SourceFileContentContent]]
    """The content of the jsonl file."""


class SourceFileID(TypedDict, total=False):
    type: Required[Literal["file_id"]]
    """The type of jsonl source. Always `file_id`."""

    id: Required[str]
    """The identifier of the file."""


class SourceStoredCompletions(TypedDict, total=False):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Required[Literal["stored_completions"]]
    """The type of source. Always `stored_completions`."""

    metadata: Optional[Metadata]
    model: Optional[str]
    created_after: Optional[int]
    created_before: Optional[int]
    limit: Optional[int]


Source: TypeAlias = Union[SourceFileContent, SourceFileID, SourceStoredCompletions]
"""Determines what populates the `item` namespace in this run's data source."""


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=False):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Required[Literal["completions"]]
    """The type of run data source. Always `completions`."""

    input_messages: InputMessages
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: SamplingParams
    model: str
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Required[Source]
    """Determines what populates the `item` namespace in this run's data source."""
