# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from ...._utils import PropertyInfo
from ....types.assistant_supported_models import AssistantSupportedModels
from ....types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ....types.beta.assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from ....types.beta.code_interpreter_tool_param import CodeInterpreterToolParam
from ....types.beta.file_search_tool_param import FileSearchToolParam
from ....types.beta.function_tool_param import FunctionToolParam
from ....types.beta.threads.runs.run_step_include import RunStepInclude
from ....types.create_message_request_param import CreateMessageRequestParam
from ....types.parallel_tool_calls import ParallelToolCalls
from ....types.shared.reasoning_effort import ReasoningEffort
from ....types.shared_params.metadata import Metadata
from ....types.truncation_object_param import TruncationObjectParam

__all__ = [
    "Tool",
    "RunCreateParams",
    "RunCreateParamsBase",
    "RunCreateParamsNonStreaming",
    "RunCreateParamsStreaming",
]


Tool: TypeAlias = Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]


class RunCreateParams(TypedDict, total=False):
    include: Annotated[Iterable[RunStepInclude], PropertyInfo(alias="include[]")]
    """A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    assistant_id: Required[str]
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    model: Optional[Union[str, AssistantSupportedModels]]
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    reasoning_effort: Optional[ReasoningEffort]
    instructions: Optional[str]
    """Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis."""

    additional_instructions: Optional[str]
    """Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions."""

    additional_messages: Optional[Iterable[CreateMessageRequestParam]]
    """Adds additional messages to the thread before creating the run."""

    tools: Optional[Iterable[Tool]]
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    metadata: Optional[Metadata]
    temperature: Optional[float]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: Optional[float]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both."""

    stream: Optional[bool]
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""

    max_prompt_tokens: Optional[int]
    """The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    max_completion_tokens: Optional[int]
    """The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    truncation_strategy: Optional[TruncationObjectParam]
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    response_format: Optional[AssistantResponseFormatOptionParam]
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length."""


class RunCreateParamsBase(TypedDict, total=False):
    include: Annotated[Iterable[RunStepInclude], PropertyInfo(alias="include[]")]
    """A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    assistant_id: Required[str]
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    model: Optional[Union[str, AssistantSupportedModels]]
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    reasoning_effort: Optional[ReasoningEffort]
    instructions: Optional[str]
    """Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis."""

    additional_instructions: Optional[str]
    """Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions."""

    additional_messages: Optional[Iterable[CreateMessageRequestParam]]
    """Adds additional messages to the thread before creating the run."""

    tools: Optional[Iterable[Tool]]
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    metadata: Optional[Metadata]
    temperature: Optional[float]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: Optional[float]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both."""

    max_prompt_tokens: Optional[int]
    """The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    max_completion_tokens: Optional[int]
    """The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    truncation_strategy: Optional[TruncationObjectParam]
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    response_format: Optional[AssistantResponseFormatOptionParam]
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length."""


class RunCreateParamsNonStreaming(TypedDict, total=False):
    include: Annotated[Iterable[RunStepInclude], PropertyInfo(alias="include[]")]
    """A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    assistant_id: Required[str]
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    model: Optional[Union[str, AssistantSupportedModels]]
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    reasoning_effort: Optional[ReasoningEffort]
    instructions: Optional[str]
    """Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis."""

    additional_instructions: Optional[str]
    """Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions."""

    additional_messages: Optional[Iterable[CreateMessageRequestParam]]
    """Adds additional messages to the thread before creating the run."""

    tools: Optional[Iterable[Tool]]
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    metadata: Optional[Metadata]
    temperature: Optional[float]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: Optional[float]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both."""

    max_prompt_tokens: Optional[int]
    """The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    max_completion_tokens: Optional[int]
    """The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    truncation_strategy: Optional[TruncationObjectParam]
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    response_format: Optional[AssistantResponseFormatOptionParam]
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length."""

    stream: Optional[Literal[False]]
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""


class RunCreateParamsStreaming(TypedDict, total=False):
    include: Annotated[Iterable[RunStepInclude], PropertyInfo(alias="include[]")]
    """A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""

    assistant_id: Required[str]
    """The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run."""

    model: Optional[Union[str, AssistantSupportedModels]]
    """The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used."""

    reasoning_effort: Optional[ReasoningEffort]
    instructions: Optional[str]
    """Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis."""

    additional_instructions: Optional[str]
    """Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions."""

    additional_messages: Optional[Iterable[CreateMessageRequestParam]]
    """Adds additional messages to the thread before creating the run."""

    tools: Optional[Iterable[Tool]]
    """Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis."""

    metadata: Optional[Metadata]
    temperature: Optional[float]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: Optional[float]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both."""

    max_prompt_tokens: Optional[int]
    """The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    max_completion_tokens: Optional[int]
    """The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info."""

    truncation_strategy: Optional[TruncationObjectParam]
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    response_format: Optional[AssistantResponseFormatOptionParam]
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length."""

    stream: Required[Literal[True]]
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
