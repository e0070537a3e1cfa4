# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.chat.chat_completion_function_tool import ChatCompletionFunctionTool
from ...types.eval_item import EvalItem
from ...types.responses.easy_input_message import EasyInputMessage
from ...types.shared.metadata import Metadata
from ...types.shared.reasoning_effort import ReasoningEffort
from ...types.shared.response_format_json_object import ResponseFormatJSONObject
from ...types.shared.response_format_json_schema import ResponseFormatJSONSchema
from ...types.shared.response_format_text import ResponseFormatText

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
    "CreateEvalCompletionsRunDataSource",
]


InputMessagesTemplateInputMessagesTemplate: TypeAlias = Union[EasyInputMessage, EvalItem]


class InputMessagesTemplateInputMessages(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: List[InputMessagesTemplateInputMessagesTemplate]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class InputMessagesItemReferenceInputMessages(BaseModel):
    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory" """


InputMessages: TypeAlias = Annotated[
    Union[InputMessagesTemplateInputMessages, InputMessagesItemReferenceInputMessages],
    PropertyInfo(discriminator="type"),
]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""


SamplingParamsResponseFormat: TypeAlias = Annotated[
    Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject], PropertyInfo(discriminator="type")
]
"""An object specifying the format that the model must output.

Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
Structured Outputs which ensures the model will match your supplied JSON
schema. Learn more in the [Structured Outputs
guide](/docs/guides/structured-outputs).

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it."""


class SamplingParams(BaseModel):
    reasoning_effort: Optional[ReasoningEffort] = None
    temperature: Optional[float] = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: Optional[int] = None
    """The maximum number of tokens in the generated output."""

    top_p: Optional[float] = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: Optional[int] = None
    """A seed value to initialize the randomness, during sampling."""

    response_format: Optional[SamplingParamsResponseFormat] = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    tools: Optional[List[ChatCompletionFunctionTool]] = None
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: List[SourceFileContentContent]
    """The content of the jsonl file."""


class SourceFileID(BaseModel):
    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""


class SourceStoredCompletions(BaseModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"]
    """The type of source. Always `stored_completions`."""

    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None


Source: TypeAlias = Annotated[
    Union[SourceFileContent, SourceFileID, SourceStoredCompletions], PropertyInfo(discriminator="type")
]
"""Determines what populates the `item` namespace in this run's data source."""


class CreateEvalCompletionsRunDataSource(BaseModel):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Literal["completions"]
    """The type of run data source. Always `completions`."""

    input_messages: Optional[InputMessages] = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: Optional[SamplingParams] = None
    model: Optional[str] = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Source
    """Determines what populates the `item` namespace in this run's data source."""
