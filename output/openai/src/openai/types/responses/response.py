# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ...lib._response_helpers import ResponseHelpers
from ...types.responses.response_error import ResponseError
from ...types.responses.response_input_item import ResponseInputItem
from ...types.responses.response_output_item import ResponseOutputItem
from ...types.responses.response_prompt import ResponsePrompt
from ...types.responses.response_status import ResponseStatus
from ...types.responses.response_text_config import ResponseTextConfig
from ...types.responses.response_usage import ResponseUsage
from ...types.responses.tool import Tool
from ...types.service_tier import ServiceTier
from ...types.shared.metadata import Metadata
from ...types.shared.reasoning import Reasoning
from ...types.shared.responses_model import ResponsesModel
from ...types.tool_choice_param import ToolChoiceParam

__all__ = [
    "IncompleteDetails",
    "Instructions",
    "Conversation",
    "Response",
]


class IncompleteDetails(BaseModel):
    """Details about why the response is incomplete."""

    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None
    """The reason why the response is incomplete."""


Instructions: TypeAlias = Union[str, List[ResponseInputItem], None]
"""A system (or developer) message inserted into the model's context.

When using along with `previous_response_id`, the instructions from a previous
response will not be carried over to the next response. This makes it simple
to swap out system (or developer) messages in new responses."""


class Conversation(BaseModel):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: str
    """The unique ID of the conversation that this response was associated with."""


class Response(ResponseHelpers):
    """The response object"""

    metadata: Optional[Metadata] = None
    top_logprobs: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    user: Optional[str] = None
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    safety_identifier: Optional[str] = None
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    prompt_cache_key: Optional[str] = None
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: Optional[ServiceTier] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    previous_response_id: Optional[str] = None
    model: ResponsesModel
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: Optional[Reasoning] = None
    background: Optional[bool] = None
    max_tool_calls: Optional[int] = None
    text: Optional[ResponseTextConfig] = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    tools: List[Tool]
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](/docs/guides/function-calling). You can also use
      custom tools to call your own code."""

    tool_choice: ToolChoiceParam
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call."""

    prompt: Optional[ResponsePrompt] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    id: str
    """Unique identifier for this Response."""

    object: Literal["response"]
    """The object type of this resource - always set to `response`."""

    status: Optional[ResponseStatus] = None
    """The status of the response generation. One of `completed`, `failed`,
    `in_progress`, `cancelled`, `queued`, or `incomplete`."""

    created_at: float
    """Unix timestamp (in seconds) of when this Response was created."""

    completed_at: Optional[float] = None
    error: Optional[ResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    output: List[ResponseOutputItem]
    """An array of content items generated by the model.

    - The length and order of items in the `output` array is dependent
      on the model's response.
    - Rather than accessing the first item in the `output` array and
      assuming it's an `assistant` message with the content generated by
      the model, you might consider using the `output_text` property where
      supported in SDKs."""

    instructions: Optional[Instructions] = None
    usage: Optional[ResponseUsage] = None
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used."""

    parallel_tool_calls: bool
    """Whether to allow the model to run tool calls in parallel."""

    conversation: Optional[Conversation] = None
    max_output_tokens: Optional[int] = None
