# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Union, overload

import httpx
from typing_extensions import Literal

from ..._base_client import make_request_options
from ..._compat import cached_property
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._streaming import AsyncStream, Stream
from ..._types import Body, Headers, NoneType, NotGiven, Omit, Query, not_given, omit
from ..._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ...lib._responses import AsyncResponsesHelpers, ResponsesHelpers
from ...types.context_management_param_param import ContextManagementParamParam
from ...types.conversation_param_param import ConversationParamParam
from ...types.input_param_param import InputParamParam
from ...types.response_stream_options_param import ResponseStreamOptionsParam
from ...types.responses import response_compact_params, response_create_params, response_retrieve_params
from ...types.responses.compacted_response import CompactedResponse
from ...types.responses.response import Response
from ...types.responses.response_includable import ResponseIncludable
from ...types.responses.response_prompt_param import ResponsePromptParam
from ...types.responses.response_stream_event import ResponseStreamEvent
from ...types.responses.response_text_config_param import ResponseTextConfigParam
from ...types.responses.tool_param import ToolParam
from ...types.service_tier import ServiceTier
from ...types.shared.responses_model import ResponsesModel
from ...types.shared_params.metadata import Metadata
from ...types.shared_params.reasoning import Reasoning
from ...types.tool_choice_param_param import ToolChoiceParamParam
from .input_items import (
    AsyncInputItems,
    AsyncInputItemsWithRawResponse,
    AsyncInputItemsWithStreamingResponse,
    InputItems,
    InputItemsWithRawResponse,
    InputItemsWithStreamingResponse,
)
from .input_tokens import (
    AsyncInputTokens,
    AsyncInputTokensWithRawResponse,
    AsyncInputTokensWithStreamingResponse,
    InputTokens,
    InputTokensWithRawResponse,
    InputTokensWithStreamingResponse,
)

if TYPE_CHECKING:
    from ...lib.realtime.responses import AsyncResponsesConnection as AsyncResponsesConnection
    from ...lib.realtime.responses import AsyncResponsesConnectionManager as AsyncResponsesConnectionManager
    from ...lib.realtime.responses import AsyncResponsesResponseResource as AsyncResponsesResponseResource
    from ...lib.realtime.responses import BaseAsyncResponsesConnectionResource as BaseAsyncResponsesConnectionResource
    from ...lib.realtime.responses import BaseResponsesConnectionResource as BaseResponsesConnectionResource
    from ...lib.realtime.responses import ResponsesConnection as ResponsesConnection
    from ...lib.realtime.responses import ResponsesConnectionManager as ResponsesConnectionManager
    from ...lib.realtime.responses import ResponsesResponseResource as ResponsesResponseResource

__all__ = ["Responses", "AsyncResponses"]


class Responses(ResponsesHelpers):
    @cached_property
    def input_items(self) -> InputItems:
        return InputItems(self._client)

    @cached_property
    def input_tokens(self) -> InputTokens:
        return InputTokens(self._client)

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return ResponsesWithStreamingResponse(self)

    def cancel(
        self,
        response_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response:
        """
        Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not response_id:
            raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
        return self._post(
            path_template(
                "/responses/{response_id}/cancel",
                response_id=response_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Response,
        )

    def compact(
        self,
        *,
        model: Optional[Union[ResponsesModel, str]],
        input: Optional[response_compact_params.Input] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "priority"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CompactedResponse:
        """
        Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/responses/compact",
            body=maybe_transform(
                {
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "instructions": instructions,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "service_tier": service_tier,
                },
                response_compact_params.ResponseCompactParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=CompactedResponse,
        )

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response:
        """
        Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          text: Configuration options for a text response from the model. Can be plain
            text or structured JSON data. Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You
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
              custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating
            a response. See the `tools` parameter to see how to specify which tools
            the model can call.

          input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[ResponseStreamEvent]:
        """
        Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          text: Configuration options for a text response from the model. Can be plain
            text or structured JSON data. Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You
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
              custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating
            a response. See the `tools` parameter to see how to specify which tools
            the model can call.

          input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | Stream[ResponseStreamEvent]:
        """
        Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          text: Configuration options for a text response from the model. Can be plain
            text or structured JSON data. Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You
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
              custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating
            a response. See the `tools` parameter to see how to specify which tools
            the model can call.

          input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    def create(
        self,
        *,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | Stream[ResponseStreamEvent]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._post(
            "/responses",
            body=maybe_transform(
                {
                    "metadata": metadata,
                    "top_logprobs": top_logprobs,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "safety_identifier": safety_identifier,
                    "prompt_cache_key": prompt_cache_key,
                    "service_tier": service_tier,
                    "prompt_cache_retention": prompt_cache_retention,
                    "previous_response_id": previous_response_id,
                    "model": model,
                    "reasoning": reasoning,
                    "background": background,
                    "max_tool_calls": max_tool_calls,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "prompt": prompt,
                    "truncation": truncation,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "instructions": instructions,
                    "stream": stream,
                    "stream_options": stream_options,
                    "conversation": conversation,
                    "context_management": context_management,
                    "max_output_tokens": max_output_tokens,
                },
                response_create_params.ResponseCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Response,
            stream=stream or False,
            stream_cls=Stream[ResponseStreamEvent],
        )

    def delete(
        self,
        response_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not response_id:
            raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
        return self._delete(
            path_template(
                "/responses/{response_id}",
                response_id=response_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | Omit = omit,
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include`
            parameter for Response creation above for more information.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming)
            for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
            random characters to an `obfuscation` field on streaming delta events
            to normalize payload sizes as a mitigation to certain side-channel
            attacks. These obfuscation fields are included by default, but add a
            small amount of overhead to the data stream. You can set
            `include_obfuscation` to false to optimize for bandwidth if you trust
            the network links between your application and the OpenAI API.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[True],
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[ResponseStreamEvent]:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include`
            parameter for Response creation above for more information.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming)
            for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
            random characters to an `obfuscation` field on streaming delta events
            to normalize payload sizes as a mitigation to certain side-channel
            attacks. These obfuscation fields are included by default, but add a
            small amount of overhead to the data stream. You can set
            `include_obfuscation` to false to optimize for bandwidth if you trust
            the network links between your application and the OpenAI API.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: bool,
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | Stream[ResponseStreamEvent]:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include`
            parameter for Response creation above for more information.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming)
            for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
            random characters to an `obfuscation` field on streaming delta events
            to normalize payload sizes as a mitigation to certain side-channel
            attacks. These obfuscation fields are included by default, but add a
            small amount of overhead to the data stream. You can set
            `include_obfuscation` to false to optimize for bandwidth if you trust
            the network links between your application and the OpenAI API.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    def retrieve(
        self,
        response_id: str,
        *,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | Stream[ResponseStreamEvent]:
        if not response_id:
            raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._get(
            path_template(
                "/responses/{response_id}",
                response_id=response_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "include": include,
                        "stream": stream,
                        "starting_after": starting_after,
                        "include_obfuscation": include_obfuscation,
                    },
                    response_retrieve_params.ResponseRetrieveParams,
                ),
            ),
            cast_to=Response,
            stream=stream or False,
            stream_cls=Stream[ResponseStreamEvent],
        )


class AsyncResponses(AsyncResponsesHelpers):
    @cached_property
    def input_items(self) -> AsyncInputItems:
        return AsyncInputItems(self._client)

    @cached_property
    def input_tokens(self) -> AsyncInputTokens:
        return AsyncInputTokens(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncResponsesWithStreamingResponse(self)

    async def cancel(
        self,
        response_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response:
        """
        Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not response_id:
            raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
        return await self._post(
            path_template(
                "/responses/{response_id}/cancel",
                response_id=response_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Response,
        )

    async def compact(
        self,
        *,
        model: Optional[Union[ResponsesModel, str]],
        input: Optional[response_compact_params.Input] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "priority"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CompactedResponse:
        """
        Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/responses/compact",
            body=await async_maybe_transform(
                {
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "instructions": instructions,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "service_tier": service_tier,
                },
                response_compact_params.ResponseCompactParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=CompactedResponse,
        )

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response:
        """
        Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          text: Configuration options for a text response from the model. Can be plain
            text or structured JSON data. Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You
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
              custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating
            a response. See the `tools` parameter to see how to specify which tools
            the model can call.

          input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[ResponseStreamEvent]:
        """
        Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          text: Configuration options for a text response from the model. Can be plain
            text or structured JSON data. Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You
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
              custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating
            a response. See the `tools` parameter to see how to specify which tools
            the model can call.

          input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """
        Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          text: Configuration options for a text response from the model. Can be plain
            text or structured JSON data. Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You
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
              custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating
            a response. See the `tools` parameter to see how to specify which tools
            the model can call.

          input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:
            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    async def create(
        self,
        *,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return await self._post(
            "/responses",
            body=await async_maybe_transform(
                {
                    "metadata": metadata,
                    "top_logprobs": top_logprobs,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "safety_identifier": safety_identifier,
                    "prompt_cache_key": prompt_cache_key,
                    "service_tier": service_tier,
                    "prompt_cache_retention": prompt_cache_retention,
                    "previous_response_id": previous_response_id,
                    "model": model,
                    "reasoning": reasoning,
                    "background": background,
                    "max_tool_calls": max_tool_calls,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "prompt": prompt,
                    "truncation": truncation,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "instructions": instructions,
                    "stream": stream,
                    "stream_options": stream_options,
                    "conversation": conversation,
                    "context_management": context_management,
                    "max_output_tokens": max_output_tokens,
                },
                response_create_params.ResponseCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Response,
            stream=stream or False,
            stream_cls=AsyncStream[ResponseStreamEvent],
        )

    async def delete(
        self,
        response_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not response_id:
            raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
        return await self._delete(
            path_template(
                "/responses/{response_id}",
                response_id=response_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | Omit = omit,
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include`
            parameter for Response creation above for more information.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming)
            for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
            random characters to an `obfuscation` field on streaming delta events
            to normalize payload sizes as a mitigation to certain side-channel
            attacks. These obfuscation fields are included by default, but add a
            small amount of overhead to the data stream. You can set
            `include_obfuscation` to false to optimize for bandwidth if you trust
            the network links between your application and the OpenAI API.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[True],
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[ResponseStreamEvent]:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include`
            parameter for Response creation above for more information.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming)
            for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
            random characters to an `obfuscation` field on streaming delta events
            to normalize payload sizes as a mitigation to certain side-channel
            attacks. These obfuscation fields are included by default, but add a
            small amount of overhead to the data stream. You can set
            `include_obfuscation` to false to optimize for bandwidth if you trust
            the network links between your application and the OpenAI API.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: bool,
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include`
            parameter for Response creation above for more information.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming)
            for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds
            random characters to an `obfuscation` field on streaming delta events
            to normalize payload sizes as a mitigation to certain side-channel
            attacks. These obfuscation fields are included by default, but add a
            small amount of overhead to the data stream. You can set
            `include_obfuscation` to false to optimize for bandwidth if you trust
            the network links between your application and the OpenAI API.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        include: Iterable[ResponseIncludable] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        if not response_id:
            raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/responses/{response_id}",
                response_id=response_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=await async_maybe_transform(
                    {
                        "include": include,
                        "stream": stream,
                        "starting_after": starting_after,
                        "include_obfuscation": include_obfuscation,
                    },
                    response_retrieve_params.ResponseRetrieveParams,
                ),
            ),
            cast_to=Response,
            stream=stream or False,
            stream_cls=AsyncStream[ResponseStreamEvent],
        )


class ResponsesWithRawResponse:
    def __init__(self, responses: Responses) -> None:
        self._responses = responses

        self.cancel = to_raw_response_wrapper(
            responses.cancel,
        )

        self.compact = to_raw_response_wrapper(
            responses.compact,
        )

        self.create = to_raw_response_wrapper(
            responses.create,
        )

        self.delete = to_raw_response_wrapper(
            responses.delete,
        )

        self.retrieve = to_raw_response_wrapper(
            responses.retrieve,
        )

        self.parse = to_raw_response_wrapper(
            responses.parse,
        )

    @cached_property
    def input_items(self) -> InputItemsWithRawResponse:
        return InputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithRawResponse:
        return InputTokensWithRawResponse(self._responses.input_tokens)


class AsyncResponsesWithRawResponse:
    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses

        self.cancel = async_to_raw_response_wrapper(
            responses.cancel,
        )

        self.compact = async_to_raw_response_wrapper(
            responses.compact,
        )

        self.create = async_to_raw_response_wrapper(
            responses.create,
        )

        self.delete = async_to_raw_response_wrapper(
            responses.delete,
        )

        self.retrieve = async_to_raw_response_wrapper(
            responses.retrieve,
        )

        self.parse = async_to_raw_response_wrapper(
            responses.parse,
        )

    @cached_property
    def input_items(self) -> AsyncInputItemsWithRawResponse:
        return AsyncInputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithRawResponse:
        return AsyncInputTokensWithRawResponse(self._responses.input_tokens)


class ResponsesWithStreamingResponse:
    def __init__(self, responses: Responses) -> None:
        self._responses = responses

        self.cancel = to_streamed_response_wrapper(
            responses.cancel,
        )

        self.compact = to_streamed_response_wrapper(
            responses.compact,
        )

        self.create = to_streamed_response_wrapper(
            responses.create,
        )

        self.delete = to_streamed_response_wrapper(
            responses.delete,
        )

        self.retrieve = to_streamed_response_wrapper(
            responses.retrieve,
        )

        self.parse = to_streamed_response_wrapper(
            responses.parse,
        )

    @cached_property
    def input_items(self) -> InputItemsWithStreamingResponse:
        return InputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithStreamingResponse:
        return InputTokensWithStreamingResponse(self._responses.input_tokens)


class AsyncResponsesWithStreamingResponse:
    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses

        self.cancel = async_to_streamed_response_wrapper(
            responses.cancel,
        )

        self.compact = async_to_streamed_response_wrapper(
            responses.compact,
        )

        self.create = async_to_streamed_response_wrapper(
            responses.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            responses.delete,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            responses.retrieve,
        )

        self.parse = async_to_streamed_response_wrapper(
            responses.parse,
        )

    @cached_property
    def input_items(self) -> AsyncInputItemsWithStreamingResponse:
        return AsyncInputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithStreamingResponse:
        return AsyncInputTokensWithStreamingResponse(self._responses.input_tokens)


_REEXPORTS: Dict[str, str] = {
    "AsyncResponsesConnection": "...lib.realtime.responses",
    "AsyncResponsesConnectionManager": "...lib.realtime.responses",
    "AsyncResponsesResponseResource": "...lib.realtime.responses",
    "BaseAsyncResponsesConnectionResource": "...lib.realtime.responses",
    "BaseResponsesConnectionResource": "...lib.realtime.responses",
    "ResponsesConnection": "...lib.realtime.responses",
    "ResponsesConnectionManager": "...lib.realtime.responses",
    "ResponsesResponseResource": "...lib.realtime.responses",
}


def __getattr__(name: str) -> Any:
    # Names of hand-written code (config `custom.exports`), imported on first use: that code
    # imports this module, so importing it at the top would be circular.
    if name in _REEXPORTS:
        import importlib

        return getattr(importlib.import_module(_REEXPORTS[name], __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
