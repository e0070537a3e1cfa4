# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.assistant_response_format_option import AssistantResponseFormatOption
from ....types.beta.assistant_tool_choice_option import AssistantToolChoiceOption
from ....types.beta.code_interpreter_tool import CodeInterpreterTool
from ....types.beta.file_search_tool import FileSearchTool
from ....types.beta.function_tool import FunctionTool
from ....types.beta.threads.required_action_function_tool_call import RequiredActionFunctionToolCall
from ....types.beta.threads.run_status import RunStatus
from ....types.parallel_tool_calls import ParallelToolCalls
from ....types.shared.metadata import Metadata

__all__ = [
    "RequiredActionSubmitToolOutputs",
    "RequiredAction",
    "LastError",
    "IncompleteDetails",
    "Tool",
    "Usage",
    "TruncationStrategy",
    "Run",
]


class RequiredActionSubmitToolOutputs(BaseModel):
    """Details on the tool outputs needed for this run to continue."""

    tool_calls: List[RequiredActionFunctionToolCall]
    """A list of the relevant tool calls."""


class RequiredAction(BaseModel):
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    type: Literal["submit_tool_outputs"]
    """For now, this is always `submit_tool_outputs`."""

    submit_tool_outputs: RequiredActionSubmitToolOutputs
    """Details on the tool outputs needed for this run to continue."""


class LastError(BaseModel):
    """The last error associated with this run. Will be `null` if there are no errors."""

    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"]
    """One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`."""

    message: str
    """A human-readable description of the error."""


class IncompleteDetails(BaseModel):
    """Details on why the run is incomplete. Will be `null` if the run is not incomplete."""

    reason: Optional[Literal["max_completion_tokens", "max_prompt_tokens"]] = None
    """The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run."""


Tool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, FileSearchTool, FunctionTool], PropertyInfo(discriminator="type")
]


class Usage(BaseModel):
    """Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.)."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run."""

    prompt_tokens: int
    """Number of prompt tokens used over the course of the run."""

    total_tokens: int
    """Total number of tokens used (prompt + completion)."""


class TruncationStrategy(BaseModel):
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run."""

    type: Literal["auto", "last_messages"]
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: Optional[int] = None


class Run(BaseModel):
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.run"]
    """The object type, which is always `thread.run`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the run was created."""

    thread_id: str
    """The ID of the [thread](/docs/api-reference/threads) that was executed on as a part of this run."""

    assistant_id: str
    """The ID of the [assistant](/docs/api-reference/assistants) used for execution of this run."""

    status: RunStatus
    """The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`."""

    required_action: Optional[RequiredAction] = None
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    last_error: Optional[LastError] = None
    """The last error associated with this run. Will be `null` if there are no errors."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the run will expire."""

    started_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the run was started."""

    cancelled_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the run was cancelled."""

    failed_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the run failed."""

    completed_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the run was completed."""

    incomplete_details: Optional[IncompleteDetails] = None
    """Details on why the run is incomplete. Will be `null` if the run is not incomplete."""

    model: str
    """The model that the [assistant](/docs/api-reference/assistants) used for this run."""

    instructions: str
    """The instructions that the [assistant](/docs/api-reference/assistants) used for this run."""

    tools: List[Tool]
    """The list of tools that the [assistant](/docs/api-reference/assistants) used for this run."""

    metadata: Optional[Metadata] = None
    usage: Optional[Usage] = None
    temperature: Optional[float] = None
    """The sampling temperature used for this run. If not set, defaults to 1."""

    top_p: Optional[float] = None
    """The nucleus sampling value used for this run. If not set, defaults to 1."""

    max_prompt_tokens: Optional[int] = None
    """The maximum number of prompt tokens specified to have been used over the course of the run."""

    max_completion_tokens: Optional[int] = None
    """The maximum number of completion tokens specified to have been used over the course of the run."""

    truncation_strategy: Optional[TruncationStrategy] = None
    tool_choice: Optional[AssistantToolChoiceOption] = None
    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    response_format: Optional[AssistantResponseFormatOption] = None
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length."""
