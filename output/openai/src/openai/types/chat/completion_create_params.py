# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.chat.chat_completion_audio_param import ChatCompletionAudioParam
from ...types.chat.chat_completion_function_call_option_param import ChatCompletionFunctionCallOptionParam
from ...types.chat.chat_completion_message_param import ChatCompletionMessageParam
from ...types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from ...types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from ...types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from ...types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
from ...types.chat_completion_functions_param import ChatCompletionFunctionsParam
from ...types.model_ids_shared import ModelIdsShared
from ...types.parallel_tool_calls import ParallelToolCalls
from ...types.response_modalities import ResponseModalities
from ...types.service_tier import ServiceTier
from ...types.shared.reasoning_effort import ReasoningEffort
from ...types.shared_params.metadata import Metadata
from ...types.shared_params.response_format_json_object import ResponseFormatJSONObject
from ...types.shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ...types.shared_params.response_format_text import ResponseFormatText
from ...types.stop_configuration import StopConfiguration
from ...types.verbosity import Verbosity
from ...types.web_search_location_param import WebSearchLocationParam

__all__ = [
    "WebSearchOptionsUserLocation",
    "WebSearchOptions",
    "ResponseFormat",
    "FunctionCall",
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
]


class WebSearchOptionsUserLocation(TypedDict, total=False):
    """Approximate location parameters for the search."""

    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    approximate: Required[WebSearchLocationParam]
    """Approximate location parameters for the search."""


class WebSearchOptions(TypedDict, total=False):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    user_location: Optional[WebSearchOptionsUserLocation]
    """Approximate location parameters for the search."""

    search_context_size: Literal["low", "medium", "high"]
    """High level guidance for the amount of context window space to use for the 
    search. One of `low`, `medium`, or `high`. `medium` is the default."""


ResponseFormat: TypeAlias = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]
"""An object specifying the format that the model must output.

Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
Structured Outputs which ensures the model will match your supplied JSON
schema. Learn more in the [Structured Outputs
guide](/docs/guides/structured-outputs).

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it."""


FunctionCall: TypeAlias = Union[Literal["none", "auto"], ChatCompletionFunctionCallOptionParam]
"""Deprecated in favor of `tool_choice`.

Controls which (if any) function is called by the model.

`none` means the model will not call a function and instead generates a
message.

`auto` means the model can pick between generating a message or calling a
function.

Specifying a particular function via `{"name": "my_function"}` forces the
model to call that function.

`none` is the default when no functions are present. `auto` is the default
if functions are present."""


class CompletionCreateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: Optional[int]
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used."""

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
    messages: Required[Iterable[ChatCompletionMessageParam]]
    """A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio)."""

    model: Required[ModelIdsShared]
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    modalities: Optional[ResponseModalities]
    verbosity: Optional[Verbosity]
    reasoning_effort: Optional[ReasoningEffort]
    max_completion_tokens: Optional[int]
    """An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""

    frequency_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim."""

    presence_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics."""

    web_search_options: WebSearchOptions
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    response_format: ResponseFormat
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    audio: Optional[ChatCompletionAudioParam]
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    store: Optional[bool]
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped."""

    stream: Optional[bool]
    """If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming)
    for more information, along with the [streaming responses](/docs/guides/streaming-responses)
    guide for more information on how to handle the streaming events."""

    stop: Optional[StopConfiguration]
    """Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence."""

    logit_bias: Optional[Dict[str, int]]
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token."""

    logprobs: Optional[bool]
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`."""

    max_tokens: Optional[int]
    """The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning)."""

    n: Optional[int]
    """How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs."""

    prediction: Optional[ChatCompletionPredictionContentParam]
    """Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content."""

    seed: Optional[int]
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend."""

    stream_options: Optional[ChatCompletionStreamOptionsParam]
    tools: Iterable[ChatCompletionToolUnionParam]
    """A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling)."""

    tool_choice: ChatCompletionToolChoiceOptionParam
    """Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present."""

    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    function_call: FunctionCall
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present."""

    functions: Iterable[ChatCompletionFunctionsParam]
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for."""


class CompletionCreateParamsBase(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: Optional[int]
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used."""

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
    messages: Required[Iterable[ChatCompletionMessageParam]]
    """A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio)."""

    model: Required[ModelIdsShared]
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    modalities: Optional[ResponseModalities]
    verbosity: Optional[Verbosity]
    reasoning_effort: Optional[ReasoningEffort]
    max_completion_tokens: Optional[int]
    """An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""

    frequency_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim."""

    presence_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics."""

    web_search_options: WebSearchOptions
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    response_format: ResponseFormat
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    audio: Optional[ChatCompletionAudioParam]
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    store: Optional[bool]
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped."""

    stop: Optional[StopConfiguration]
    """Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence."""

    logit_bias: Optional[Dict[str, int]]
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token."""

    logprobs: Optional[bool]
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`."""

    max_tokens: Optional[int]
    """The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning)."""

    n: Optional[int]
    """How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs."""

    prediction: Optional[ChatCompletionPredictionContentParam]
    """Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content."""

    seed: Optional[int]
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend."""

    stream_options: Optional[ChatCompletionStreamOptionsParam]
    tools: Iterable[ChatCompletionToolUnionParam]
    """A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling)."""

    tool_choice: ChatCompletionToolChoiceOptionParam
    """Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present."""

    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    function_call: FunctionCall
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present."""

    functions: Iterable[ChatCompletionFunctionsParam]
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for."""


class CompletionCreateParamsNonStreaming(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: Optional[int]
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used."""

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
    messages: Required[Iterable[ChatCompletionMessageParam]]
    """A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio)."""

    model: Required[ModelIdsShared]
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    modalities: Optional[ResponseModalities]
    verbosity: Optional[Verbosity]
    reasoning_effort: Optional[ReasoningEffort]
    max_completion_tokens: Optional[int]
    """An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""

    frequency_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim."""

    presence_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics."""

    web_search_options: WebSearchOptions
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    response_format: ResponseFormat
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    audio: Optional[ChatCompletionAudioParam]
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    store: Optional[bool]
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped."""

    stop: Optional[StopConfiguration]
    """Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence."""

    logit_bias: Optional[Dict[str, int]]
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token."""

    logprobs: Optional[bool]
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`."""

    max_tokens: Optional[int]
    """The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning)."""

    n: Optional[int]
    """How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs."""

    prediction: Optional[ChatCompletionPredictionContentParam]
    """Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content."""

    seed: Optional[int]
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend."""

    stream_options: Optional[ChatCompletionStreamOptionsParam]
    tools: Iterable[ChatCompletionToolUnionParam]
    """A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling)."""

    tool_choice: ChatCompletionToolChoiceOptionParam
    """Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present."""

    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    function_call: FunctionCall
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present."""

    functions: Iterable[ChatCompletionFunctionsParam]
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for."""

    stream: Optional[Literal[False]]
    """If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming)
    for more information, along with the [streaming responses](/docs/guides/streaming-responses)
    guide for more information on how to handle the streaming events."""


class CompletionCreateParamsStreaming(TypedDict, total=False):
    metadata: Optional[Metadata]
    top_logprobs: Optional[int]
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used."""

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
    messages: Required[Iterable[ChatCompletionMessageParam]]
    """A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio)."""

    model: Required[ModelIdsShared]
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    modalities: Optional[ResponseModalities]
    verbosity: Optional[Verbosity]
    reasoning_effort: Optional[ReasoningEffort]
    max_completion_tokens: Optional[int]
    """An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""

    frequency_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim."""

    presence_penalty: Optional[float]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics."""

    web_search_options: WebSearchOptions
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    response_format: ResponseFormat
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    audio: Optional[ChatCompletionAudioParam]
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    store: Optional[bool]
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped."""

    stop: Optional[StopConfiguration]
    """Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence."""

    logit_bias: Optional[Dict[str, int]]
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token."""

    logprobs: Optional[bool]
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`."""

    max_tokens: Optional[int]
    """The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning)."""

    n: Optional[int]
    """How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs."""

    prediction: Optional[ChatCompletionPredictionContentParam]
    """Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content."""

    seed: Optional[int]
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend."""

    stream_options: Optional[ChatCompletionStreamOptionsParam]
    tools: Iterable[ChatCompletionToolUnionParam]
    """A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling)."""

    tool_choice: ChatCompletionToolChoiceOptionParam
    """Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present."""

    parallel_tool_calls: ParallelToolCalls
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    function_call: FunctionCall
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present."""

    functions: Iterable[ChatCompletionFunctionsParam]
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for."""

    stream: Required[Literal[True]]
    """If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming)
    for more information, along with the [streaming responses](/docs/guides/streaming-responses)
    guide for more information on how to handle the streaming events."""
