# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional, overload

import httpx
from typing_extensions import Literal

from ...._base_client import AsyncPaginator, make_request_options
from ...._compat import cached_property
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._streaming import AsyncStream, Stream
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ....lib._chat_completions import AsyncCompletionsHelpers, CompletionsHelpers
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.chat import completion_create_params, completion_list_params, completion_update_params
from ....types.chat.chat_completion import ChatCompletion
from ....types.chat.chat_completion_audio_param import ChatCompletionAudioParam
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_deleted import ChatCompletionDeleted
from ....types.chat.chat_completion_message_param import ChatCompletionMessageParam
from ....types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from ....types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from ....types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from ....types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
from ....types.chat_completion_functions_param import ChatCompletionFunctionsParam
from ....types.model_ids_shared import ModelIdsShared
from ....types.parallel_tool_calls import ParallelToolCalls
from ....types.response_modalities import ResponseModalities
from ....types.service_tier import ServiceTier
from ....types.shared.reasoning_effort import ReasoningEffort
from ....types.shared_params.metadata import Metadata
from ....types.stop_configuration import StopConfiguration
from ....types.verbosity import Verbosity
from .messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    AsyncMessagesWithStreamingResponse,
    Messages,
    MessagesWithRawResponse,
    MessagesWithStreamingResponse,
)

__all__ = ["Completions", "AsyncCompletions"]


class Completions(CompletionsHelpers):
    @cached_property
    def messages(self) -> Messages:
        return Messages(self._client)

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return CompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.
            `logprobs` must be set to `true` if this parameter is used.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          messages: A list of messages comprising the conversation so far. Depending on the
            [model](/docs/models) you use, different message types (modalities) are
            supported, like [text](/docs/guides/text-generation),
            [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's
            likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood
            to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response.
            Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](/docs/guides/structured-outputs).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with
            `modalities: ["audio"]`. [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for
            use in our [model distillation](/docs/guides/distillation) or
            [evals](/docs/guides/evals) products.

            Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/chat/streaming)
            for more information, along with the [streaming responses](/docs/guides/streaming-responses)
            guide for more information on how to handle the streaming events.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

            Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

            Accepts a JSON object that maps tokens (specified by their token ID in the
            tokenizer) to an associated bias value from -100 to 100. Mathematically,
            the bias is added to the logits generated by the model prior to sampling.
            The exact effect will vary per model, but values between -1 and 1 should
            decrease or increase likelihood of selection; values like -100 or 100
            should result in a ban or exclusive selection of the relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true,
            returns the log probabilities of each output token returned in the
            `content` of `message`.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the
            chat completion. This value can be used to control
            [costs](https://openai.com/api/pricing/) for text generated via API.

            This value is now deprecated in favor of `max_completion_tokens`, and is
            not compatible with [o-series models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
            which can greatly improve response times when large parts of the model
            response are known ahead of time. This is most common when you are
            regenerating a file with only minor changes to most of the content.

          seed: This feature is in Beta.
            If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
            Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

          tools: A list of tools the model may call. You can provide either
            [custom tools](/docs/guides/function-calling#custom-tools) or
            [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model.
            `none` means the model will not call any tool and instead generates a message.
            `auto` means the model can pick between generating a message or calling one or more tools.
            `required` means the model must call one or more tools.
            Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

            `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated in favor of `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a
            message.

            `auto` means the model can pick between generating a message or calling a
            function.

            Specifying a particular function via `{"name": "my_function"}` forces the
            model to call that function.

            `none` is the default when no functions are present. `auto` is the default
            if functions are present.

          functions: Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.

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
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: Literal[True],
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[ChatCompletionChunk]:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.
            `logprobs` must be set to `true` if this parameter is used.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          messages: A list of messages comprising the conversation so far. Depending on the
            [model](/docs/models) you use, different message types (modalities) are
            supported, like [text](/docs/guides/text-generation),
            [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's
            likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood
            to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response.
            Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](/docs/guides/structured-outputs).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with
            `modalities: ["audio"]`. [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for
            use in our [model distillation](/docs/guides/distillation) or
            [evals](/docs/guides/evals) products.

            Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/chat/streaming)
            for more information, along with the [streaming responses](/docs/guides/streaming-responses)
            guide for more information on how to handle the streaming events.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

            Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

            Accepts a JSON object that maps tokens (specified by their token ID in the
            tokenizer) to an associated bias value from -100 to 100. Mathematically,
            the bias is added to the logits generated by the model prior to sampling.
            The exact effect will vary per model, but values between -1 and 1 should
            decrease or increase likelihood of selection; values like -100 or 100
            should result in a ban or exclusive selection of the relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true,
            returns the log probabilities of each output token returned in the
            `content` of `message`.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the
            chat completion. This value can be used to control
            [costs](https://openai.com/api/pricing/) for text generated via API.

            This value is now deprecated in favor of `max_completion_tokens`, and is
            not compatible with [o-series models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
            which can greatly improve response times when large parts of the model
            response are known ahead of time. This is most common when you are
            regenerating a file with only minor changes to most of the content.

          seed: This feature is in Beta.
            If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
            Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

          tools: A list of tools the model may call. You can provide either
            [custom tools](/docs/guides/function-calling#custom-tools) or
            [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model.
            `none` means the model will not call any tool and instead generates a message.
            `auto` means the model can pick between generating a message or calling one or more tools.
            `required` means the model must call one or more tools.
            Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

            `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated in favor of `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a
            message.

            `auto` means the model can pick between generating a message or calling a
            function.

            Specifying a particular function via `{"name": "my_function"}` forces the
            model to call that function.

            `none` is the default when no functions are present. `auto` is the default
            if functions are present.

          functions: Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.

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
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: bool,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.
            `logprobs` must be set to `true` if this parameter is used.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          messages: A list of messages comprising the conversation so far. Depending on the
            [model](/docs/models) you use, different message types (modalities) are
            supported, like [text](/docs/guides/text-generation),
            [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's
            likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood
            to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response.
            Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](/docs/guides/structured-outputs).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with
            `modalities: ["audio"]`. [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for
            use in our [model distillation](/docs/guides/distillation) or
            [evals](/docs/guides/evals) products.

            Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/chat/streaming)
            for more information, along with the [streaming responses](/docs/guides/streaming-responses)
            guide for more information on how to handle the streaming events.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

            Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

            Accepts a JSON object that maps tokens (specified by their token ID in the
            tokenizer) to an associated bias value from -100 to 100. Mathematically,
            the bias is added to the logits generated by the model prior to sampling.
            The exact effect will vary per model, but values between -1 and 1 should
            decrease or increase likelihood of selection; values like -100 or 100
            should result in a ban or exclusive selection of the relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true,
            returns the log probabilities of each output token returned in the
            `content` of `message`.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the
            chat completion. This value can be used to control
            [costs](https://openai.com/api/pricing/) for text generated via API.

            This value is now deprecated in favor of `max_completion_tokens`, and is
            not compatible with [o-series models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
            which can greatly improve response times when large parts of the model
            response are known ahead of time. This is most common when you are
            regenerating a file with only minor changes to most of the content.

          seed: This feature is in Beta.
            If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
            Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

          tools: A list of tools the model may call. You can provide either
            [custom tools](/docs/guides/function-calling#custom-tools) or
            [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model.
            `none` means the model will not call any tool and instead generates a message.
            `auto` means the model can pick between generating a message or calling one or more tools.
            `required` means the model must call one or more tools.
            Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

            `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated in favor of `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a
            message.

            `auto` means the model can pick between generating a message or calling a
            function.

            Specifying a particular function via `{"name": "my_function"}` forces the
            model to call that function.

            `none` is the default when no functions are present. `auto` is the default
            if functions are present.

          functions: Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._post(
            "/chat/completions",
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
                    "messages": messages,
                    "model": model,
                    "modalities": modalities,
                    "verbosity": verbosity,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                },
                completion_create_params.CompletionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
            stream=stream or False,
            stream_cls=Stream[ChatCompletionChunk],
        )

    def delete(
        self,
        completion_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletionDeleted:
        """
        Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
          completion_id: The ID of the chat completion to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not completion_id:
            raise ValueError(f"`completion_id` must be a non-empty string, got {completion_id!r}")
        return self._delete(
            path_template(
                "/chat/completions/{completion_id}",
                completion_id=completion_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletionDeleted,
        )

    def list(
        self,
        *,
        model: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[ChatCompletion]:
        """
        List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
          model: The model used to generate the Chat Completions.

          metadata: A list of metadata keys to filter the Chat Completions by. Example:

            `metadata[key1]=value1&metadata[key2]=value2`

          after: Identifier for the last chat completion from the previous pagination request.

          limit: Number of Chat Completions to retrieve.

          order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/chat/completions",
            page=SyncCursorPage[ChatCompletion],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "model": model,
                        "metadata": metadata,
                        "after": after,
                        "limit": limit,
                        "order": order,
                    },
                    completion_list_params.CompletionListParams,
                ),
            ),
            model=ChatCompletion,
        )

    def retrieve(
        self,
        completion_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not completion_id:
            raise ValueError(f"`completion_id` must be a non-empty string, got {completion_id!r}")
        return self._get(
            path_template(
                "/chat/completions/{completion_id}",
                completion_id=completion_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
        )

    def update(
        self,
        completion_id: str,
        *,
        metadata: Optional[Metadata],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
          completion_id: The ID of the chat completion to update.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not completion_id:
            raise ValueError(f"`completion_id` must be a non-empty string, got {completion_id!r}")
        return self._post(
            path_template(
                "/chat/completions/{completion_id}",
                completion_id=completion_id,
            ),
            body=maybe_transform(
                {
                    "metadata": metadata,
                },
                completion_update_params.CompletionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
        )


class AsyncCompletions(AsyncCompletionsHelpers):
    @cached_property
    def messages(self) -> AsyncMessages:
        return AsyncMessages(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.
            `logprobs` must be set to `true` if this parameter is used.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          messages: A list of messages comprising the conversation so far. Depending on the
            [model](/docs/models) you use, different message types (modalities) are
            supported, like [text](/docs/guides/text-generation),
            [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's
            likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood
            to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response.
            Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](/docs/guides/structured-outputs).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with
            `modalities: ["audio"]`. [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for
            use in our [model distillation](/docs/guides/distillation) or
            [evals](/docs/guides/evals) products.

            Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/chat/streaming)
            for more information, along with the [streaming responses](/docs/guides/streaming-responses)
            guide for more information on how to handle the streaming events.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

            Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

            Accepts a JSON object that maps tokens (specified by their token ID in the
            tokenizer) to an associated bias value from -100 to 100. Mathematically,
            the bias is added to the logits generated by the model prior to sampling.
            The exact effect will vary per model, but values between -1 and 1 should
            decrease or increase likelihood of selection; values like -100 or 100
            should result in a ban or exclusive selection of the relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true,
            returns the log probabilities of each output token returned in the
            `content` of `message`.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the
            chat completion. This value can be used to control
            [costs](https://openai.com/api/pricing/) for text generated via API.

            This value is now deprecated in favor of `max_completion_tokens`, and is
            not compatible with [o-series models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
            which can greatly improve response times when large parts of the model
            response are known ahead of time. This is most common when you are
            regenerating a file with only minor changes to most of the content.

          seed: This feature is in Beta.
            If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
            Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

          tools: A list of tools the model may call. You can provide either
            [custom tools](/docs/guides/function-calling#custom-tools) or
            [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model.
            `none` means the model will not call any tool and instead generates a message.
            `auto` means the model can pick between generating a message or calling one or more tools.
            `required` means the model must call one or more tools.
            Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

            `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated in favor of `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a
            message.

            `auto` means the model can pick between generating a message or calling a
            function.

            Specifying a particular function via `{"name": "my_function"}` forces the
            model to call that function.

            `none` is the default when no functions are present. `auto` is the default
            if functions are present.

          functions: Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.

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
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: Literal[True],
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[ChatCompletionChunk]:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.
            `logprobs` must be set to `true` if this parameter is used.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          messages: A list of messages comprising the conversation so far. Depending on the
            [model](/docs/models) you use, different message types (modalities) are
            supported, like [text](/docs/guides/text-generation),
            [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's
            likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood
            to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response.
            Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](/docs/guides/structured-outputs).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with
            `modalities: ["audio"]`. [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for
            use in our [model distillation](/docs/guides/distillation) or
            [evals](/docs/guides/evals) products.

            Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/chat/streaming)
            for more information, along with the [streaming responses](/docs/guides/streaming-responses)
            guide for more information on how to handle the streaming events.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

            Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

            Accepts a JSON object that maps tokens (specified by their token ID in the
            tokenizer) to an associated bias value from -100 to 100. Mathematically,
            the bias is added to the logits generated by the model prior to sampling.
            The exact effect will vary per model, but values between -1 and 1 should
            decrease or increase likelihood of selection; values like -100 or 100
            should result in a ban or exclusive selection of the relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true,
            returns the log probabilities of each output token returned in the
            `content` of `message`.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the
            chat completion. This value can be used to control
            [costs](https://openai.com/api/pricing/) for text generated via API.

            This value is now deprecated in favor of `max_completion_tokens`, and is
            not compatible with [o-series models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
            which can greatly improve response times when large parts of the model
            response are known ahead of time. This is most common when you are
            regenerating a file with only minor changes to most of the content.

          seed: This feature is in Beta.
            If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
            Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

          tools: A list of tools the model may call. You can provide either
            [custom tools](/docs/guides/function-calling#custom-tools) or
            [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model.
            `none` means the model will not call any tool and instead generates a message.
            `auto` means the model can pick between generating a message or calling one or more tools.
            `required` means the model must call one or more tools.
            Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

            `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated in favor of `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a
            message.

            `auto` means the model can pick between generating a message or calling a
            function.

            Specifying a particular function via `{"name": "my_function"}` forces the
            model to call that function.

            `none` is the default when no functions are present. `auto` is the default
            if functions are present.

          functions: Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.

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
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: bool,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token position, each with an associated log
            probability. In some cases, the number of returned tokens may be fewer than
            requested.
            `logprobs` must be set to `true` if this parameter is used.

          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
            A stable identifier for your end-users.
            Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
            The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          messages: A list of messages comprising the conversation so far. Depending on the
            [model](/docs/models) you use, different message types (modalities) are
            supported, like [text](/docs/guides/text-generation),
            [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
            offers a wide range of models with different capabilities, performance
            characteristics, and price points. Refer to the [model guide](/docs/models)
            to browse and compare available models.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's
            likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood
            to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response.
            Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](/docs/guides/structured-outputs).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with
            `modalities: ["audio"]`. [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for
            use in our [model distillation](/docs/guides/distillation) or
            [evals](/docs/guides/evals) products.

            Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          stream: If set to true, the model response data will be streamed to the client
            as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/chat/streaming)
            for more information, along with the [streaming responses](/docs/guides/streaming-responses)
            guide for more information on how to handle the streaming events.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

            Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

            Accepts a JSON object that maps tokens (specified by their token ID in the
            tokenizer) to an associated bias value from -100 to 100. Mathematically,
            the bias is added to the logits generated by the model prior to sampling.
            The exact effect will vary per model, but values between -1 and 1 should
            decrease or increase likelihood of selection; values like -100 or 100
            should result in a ban or exclusive selection of the relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true,
            returns the log probabilities of each output token returned in the
            `content` of `message`.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the
            chat completion. This value can be used to control
            [costs](https://openai.com/api/pricing/) for text generated via API.

            This value is now deprecated in favor of `max_completion_tokens`, and is
            not compatible with [o-series models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
            which can greatly improve response times when large parts of the model
            response are known ahead of time. This is most common when you are
            regenerating a file with only minor changes to most of the content.

          seed: This feature is in Beta.
            If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
            Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

          tools: A list of tools the model may call. You can provide either
            [custom tools](/docs/guides/function-calling#custom-tools) or
            [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model.
            `none` means the model will not call any tool and instead generates a message.
            `auto` means the model can pick between generating a message or calling one or more tools.
            `required` means the model must call one or more tools.
            Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

            `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated in favor of `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a
            message.

            `auto` means the model can pick between generating a message or calling a
            function.

            Specifying a particular function via `{"name": "my_function"}` forces the
            model to call that function.

            `none` is the default when no functions are present. `auto` is the default
            if functions are present.

          functions: Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: str | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return await self._post(
            "/chat/completions",
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
                    "messages": messages,
                    "model": model,
                    "modalities": modalities,
                    "verbosity": verbosity,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                },
                completion_create_params.CompletionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
            stream=stream or False,
            stream_cls=AsyncStream[ChatCompletionChunk],
        )

    async def delete(
        self,
        completion_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletionDeleted:
        """
        Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
          completion_id: The ID of the chat completion to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not completion_id:
            raise ValueError(f"`completion_id` must be a non-empty string, got {completion_id!r}")
        return await self._delete(
            path_template(
                "/chat/completions/{completion_id}",
                completion_id=completion_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletionDeleted,
        )

    def list(
        self,
        *,
        model: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ChatCompletion, AsyncCursorPage[ChatCompletion]]:
        """
        List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
          model: The model used to generate the Chat Completions.

          metadata: A list of metadata keys to filter the Chat Completions by. Example:

            `metadata[key1]=value1&metadata[key2]=value2`

          after: Identifier for the last chat completion from the previous pagination request.

          limit: Number of Chat Completions to retrieve.

          order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/chat/completions",
            page=AsyncCursorPage[ChatCompletion],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "model": model,
                        "metadata": metadata,
                        "after": after,
                        "limit": limit,
                        "order": order,
                    },
                    completion_list_params.CompletionListParams,
                ),
            ),
            model=ChatCompletion,
        )

    async def retrieve(
        self,
        completion_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not completion_id:
            raise ValueError(f"`completion_id` must be a non-empty string, got {completion_id!r}")
        return await self._get(
            path_template(
                "/chat/completions/{completion_id}",
                completion_id=completion_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
        )

    async def update(
        self,
        completion_id: str,
        *,
        metadata: Optional[Metadata],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
          completion_id: The ID of the chat completion to update.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not completion_id:
            raise ValueError(f"`completion_id` must be a non-empty string, got {completion_id!r}")
        return await self._post(
            path_template(
                "/chat/completions/{completion_id}",
                completion_id=completion_id,
            ),
            body=await async_maybe_transform(
                {
                    "metadata": metadata,
                },
                completion_update_params.CompletionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
        )


class CompletionsWithRawResponse:
    def __init__(self, completions: Completions) -> None:
        self._completions = completions

        self.create = to_raw_response_wrapper(
            completions.create,
        )

        self.delete = to_raw_response_wrapper(
            completions.delete,
        )

        self.list = to_raw_response_wrapper(
            completions.list,
        )

        self.retrieve = to_raw_response_wrapper(
            completions.retrieve,
        )

        self.update = to_raw_response_wrapper(
            completions.update,
        )

        self.parse = to_raw_response_wrapper(
            completions.parse,
        )

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self._completions.messages)


class AsyncCompletionsWithRawResponse:
    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions

        self.create = async_to_raw_response_wrapper(
            completions.create,
        )

        self.delete = async_to_raw_response_wrapper(
            completions.delete,
        )

        self.list = async_to_raw_response_wrapper(
            completions.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            completions.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            completions.update,
        )

        self.parse = async_to_raw_response_wrapper(
            completions.parse,
        )

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self._completions.messages)


class CompletionsWithStreamingResponse:
    def __init__(self, completions: Completions) -> None:
        self._completions = completions

        self.create = to_streamed_response_wrapper(
            completions.create,
        )

        self.delete = to_streamed_response_wrapper(
            completions.delete,
        )

        self.list = to_streamed_response_wrapper(
            completions.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            completions.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            completions.update,
        )

        self.parse = to_streamed_response_wrapper(
            completions.parse,
        )

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        return MessagesWithStreamingResponse(self._completions.messages)


class AsyncCompletionsWithStreamingResponse:
    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions

        self.create = async_to_streamed_response_wrapper(
            completions.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            completions.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            completions.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            completions.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            completions.update,
        )

        self.parse = async_to_streamed_response_wrapper(
            completions.parse,
        )

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        return AsyncMessagesWithStreamingResponse(self._completions.messages)
