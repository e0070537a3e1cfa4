# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from ..types.eval_item_param import EvalItemParam
from ..types.responses.response_format_text_config_param import ResponseFormatTextConfigParam
from ..types.responses.tool_param import ToolParam
from ..types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "InputMessagesInputMessagesTemplateTemplateChatMessage",
    "InputMessagesInputMessagesTemplateTemplate",
    "InputMessagesInputMessagesTemplate",
    "InputMessagesInputMessagesItemReference",
    "InputMessages",
    "SamplingParamsText",
    "SamplingParams",
    "SourceFileContentContent",
    "SourceFileContent",
    "SourceFileID",
    "SourceResponses",
    "Source",
    "CreateEvalResponsesRunDataSourceParam",
]


class InputMessagesInputMessagesTemplateTemplateChatMessage(TypedDict, total=False):
    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""


InputMessagesInputMessagesTemplateTemplate: TypeAlias = Union[
    InputMessagesInputMessagesTemplateTemplateChatMessage, EvalItemParam
]


class InputMessagesInputMessagesTemplate(TypedDict, total=False):
    type: Required[Literal["template"]]
    """The type of input messages. Always `template`."""

    template: Required[Iterable[InputMessagesInputMessagesTemplateTemplate]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class InputMessagesInputMessagesItemReference(TypedDict, total=False):
    type: Required[Literal["item_reference"]]
    """The type of input messages. Always `item_reference`."""

    item_reference: Required[str]
    """A reference to a variable in the `item` namespace. Ie, "item.name" """


InputMessages: TypeAlias = Union[InputMessagesInputMessagesTemplate, InputMessagesInputMessagesItemReference]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""


class SamplingParamsText(TypedDict, total=False):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    format: ResponseFormatTextConfigParam
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs, 
    which ensures the model will match your supplied JSON schema. Learn more in the 
    [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

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

    tools: Iterable[ToolParam]
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

    text: SamplingParamsText
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""


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


class SourceResponses(TypedDict, total=False):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    metadata: Optional[Dict[str, object]]
    model: Optional[str]
    instructions_search: Optional[str]
    created_after: Optional[int]
    created_before: Optional[int]
    reasoning_effort: Optional[ReasoningEffort]
    temperature: Optional[float]
    top_p: Optional[float]
    users: Optional[SequenceNotStr[str]]
    tools: Optional[SequenceNotStr[str]]


Source: TypeAlias = Union[SourceFileContent, SourceFileID, SourceResponses]
"""Determines what populates the `item` namespace in this run's data source."""


class CreateEvalResponsesRunDataSourceParam(TypedDict, total=False):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    input_messages: InputMessages
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: SamplingParams
    model: str
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Required[Source]
    """Determines what populates the `item` namespace in this run's data source."""
