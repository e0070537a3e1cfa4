# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.conversation_param import ConversationParam
from ...types.input_param import InputParam
from ...types.responses.response_includable import ResponseIncludable
from ...types.responses.response_prompt import ResponsePrompt
from ...types.responses.response_text_config import ResponseTextConfig
from ...types.responses.tool import Tool
from ...types.service_tier import ServiceTier
from ...types.shared.metadata import Metadata
from ...types.shared.reasoning import Reasoning
from ...types.shared.responses_model import ResponsesModel
from ...types.tool_choice_param import ToolChoiceParam

__all__ = [
    "ContextManagement",
    "StreamOptions",
    "ResponsesClientEvent",
]


class ContextManagement(BaseModel):
    type: str
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: Optional[int] = None


class StreamOptions(BaseModel):
    include_obfuscation: Optional[bool] = None
    """When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events to
    normalize payload sizes as a mitigation to certain side-channel attacks.
    These obfuscation fields are included by default, but add a small amount
    of overhead to the data stream. You can set `include_obfuscation` to
    false to optimize for bandwidth if you trust the network links between
    your application and the OpenAI API."""


class ResponsesClientEvent(BaseModel):
    """Client event for creating a response over a persistent WebSocket connection.
    This payload uses the same top-level fields as `POST /v1/responses`.

    Notes:
    - `stream` is implicit over WebSocket and should not be sent.
    - `background` is not supported over WebSocket."""

    type: Literal["response.create"]
    """The type of the client event. Always `response.create`."""

    metadata: Optional[Metadata] = None
    top_logprobs: Optional[int] = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

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
    model: Optional[ResponsesModel] = None
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

    tools: Optional[List[Tool]] = None
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

    tool_choice: Optional[ToolChoiceParam] = None
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call."""

    prompt: Optional[ResponsePrompt] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    input: Optional[InputParam] = None
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)"""

    include: Optional[List[ResponseIncludable]] = None
    parallel_tool_calls: Optional[bool] = None
    store: Optional[bool] = None
    instructions: Optional[str] = None
    stream: Optional[bool] = None
    stream_options: Optional[StreamOptions] = None
    conversation: Optional[ConversationParam] = None
    context_management: Optional[List[ContextManagement]] = None
    max_output_tokens: Optional[int] = None
