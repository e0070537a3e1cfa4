# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ...types.context_management_param_param import ContextManagementParamParam
from ...types.conversation_param_param import ConversationParamParam
from ...types.input_param_param import InputParamParam
from ...types.response_stream_options_param import ResponseStreamOptionsParam
from ...types.responses.response_includable import ResponseIncludable
from ...types.responses.response_prompt_param import ResponsePromptParam
from ...types.responses.response_text_config_param import ResponseTextConfigParam
from ...types.responses.tool_param import ToolParam
from ...types.service_tier import ServiceTier
from ...types.shared.responses_model import ResponsesModel
from ...types.shared_params.metadata import Metadata
from ...types.shared_params.reasoning import Reasoning
from ...types.tool_choice_param_param import ToolChoiceParamParam

__all__ = [
    "ResponseCreateParams",
    "ResponseCreateParamsBase",
    "ResponseCreateParamsNonStreaming",
    "ResponseCreateParamsStreaming",
]


class ResponseCreateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: int
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

    temperature: Optional[float]
    top_p: Optional[float]
    user: str
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    safety_identifier: str
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    prompt_cache_key: str
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: Optional[ServiceTier]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    previous_response_id: Optional[str]
    model: ResponsesModel
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: Optional[Reasoning]
    background: Optional[bool]
    max_tool_calls: Optional[int]
    text: ResponseTextConfigParam
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    tools: Iterable[ToolParam]
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

    tool_choice: ToolChoiceParamParam
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call."""

    prompt: Optional[ResponsePromptParam]
    truncation: Optional[Literal["auto", "disabled"]]
    input: InputParamParam
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)"""

    include: Optional[Iterable[ResponseIncludable]]
    parallel_tool_calls: Optional[bool]
    store: Optional[bool]
    instructions: Optional[str]
    stream: Optional[bool]
    stream_options: Optional[ResponseStreamOptionsParam]
    conversation: Optional[ConversationParamParam]
    context_management: Optional[Iterable[ContextManagementParamParam]]
    max_output_tokens: Optional[int]


class ResponseCreateParamsBase(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: int
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

    temperature: Optional[float]
    top_p: Optional[float]
    user: str
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    safety_identifier: str
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    prompt_cache_key: str
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: Optional[ServiceTier]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    previous_response_id: Optional[str]
    model: ResponsesModel
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: Optional[Reasoning]
    background: Optional[bool]
    max_tool_calls: Optional[int]
    text: ResponseTextConfigParam
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    tools: Iterable[ToolParam]
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

    tool_choice: ToolChoiceParamParam
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call."""

    prompt: Optional[ResponsePromptParam]
    truncation: Optional[Literal["auto", "disabled"]]
    input: InputParamParam
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)"""

    include: Optional[Iterable[ResponseIncludable]]
    parallel_tool_calls: Optional[bool]
    store: Optional[bool]
    instructions: Optional[str]
    stream_options: Optional[ResponseStreamOptionsParam]
    conversation: Optional[ConversationParamParam]
    context_management: Optional[Iterable[ContextManagementParamParam]]
    max_output_tokens: Optional[int]


class ResponseCreateParamsNonStreaming(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: int
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

    temperature: Optional[float]
    top_p: Optional[float]
    user: str
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    safety_identifier: str
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    prompt_cache_key: str
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: Optional[ServiceTier]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    previous_response_id: Optional[str]
    model: ResponsesModel
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: Optional[Reasoning]
    background: Optional[bool]
    max_tool_calls: Optional[int]
    text: ResponseTextConfigParam
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    tools: Iterable[ToolParam]
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

    tool_choice: ToolChoiceParamParam
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call."""

    prompt: Optional[ResponsePromptParam]
    truncation: Optional[Literal["auto", "disabled"]]
    input: InputParamParam
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)"""

    include: Optional[Iterable[ResponseIncludable]]
    parallel_tool_calls: Optional[bool]
    store: Optional[bool]
    instructions: Optional[str]
    stream_options: Optional[ResponseStreamOptionsParam]
    conversation: Optional[ConversationParamParam]
    context_management: Optional[Iterable[ContextManagementParamParam]]
    max_output_tokens: Optional[int]
    stream: Optional[Literal[False]]


class ResponseCreateParamsStreaming(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: int
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

    temperature: Optional[float]
    top_p: Optional[float]
    user: str
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    safety_identifier: str
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers)."""

    prompt_cache_key: str
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: Optional[ServiceTier]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    previous_response_id: Optional[str]
    model: ResponsesModel
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: Optional[Reasoning]
    background: Optional[bool]
    max_tool_calls: Optional[int]
    text: ResponseTextConfigParam
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""

    tools: Iterable[ToolParam]
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

    tool_choice: ToolChoiceParamParam
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call."""

    prompt: Optional[ResponsePromptParam]
    truncation: Optional[Literal["auto", "disabled"]]
    input: InputParamParam
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)"""

    include: Optional[Iterable[ResponseIncludable]]
    parallel_tool_calls: Optional[bool]
    store: Optional[bool]
    instructions: Optional[str]
    stream_options: Optional[ResponseStreamOptionsParam]
    conversation: Optional[ConversationParamParam]
    context_management: Optional[Iterable[ContextManagementParamParam]]
    max_output_tokens: Optional[int]
    stream: Required[Literal[True]]
