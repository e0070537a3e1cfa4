"""`chat.completions.parse` and the guard on `create`: the generated `Completions` and
`AsyncCompletions` derive from these classes (see spec/openai.yaml, `custom.resources`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, TypeVar, cast

import httpx
from typing_extensions import Literal

from .._base_client import make_request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from .._utils import async_maybe_transform, maybe_transform
from ..types.chat import completion_create_params
from ..types.chat.chat_completion import ChatCompletion
from ..types.chat.chat_completion_audio_param import ChatCompletionAudioParam
from ..types.chat.chat_completion_chunk import ChatCompletionChunk
from ..types.chat.chat_completion_message_param import ChatCompletionMessageParam
from ..types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from ..types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from ..types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from ..types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
from ..types.chat.parsed_chat_completion import ParsedChatCompletion
from ..types.chat_completion_functions_param import ChatCompletionFunctionsParam
from ..types.model_ids_shared import ModelIdsShared
from ..types.parallel_tool_calls import ParallelToolCalls
from ..types.response_modalities import ResponseModalities
from ..types.service_tier import ServiceTier
from ..types.shared.reasoning_effort import ReasoningEffort
from ..types.shared_params.metadata import Metadata as MetadataParam
from ..types.stop_configuration import StopConfiguration
from ..types.verbosity import Verbosity
from ._parsing._completions import (
    parse_chat_completion,
    reject_response_format_type,
    type_to_response_format,
    validate_input_tools,
)
from .streaming.chat import AsyncChatCompletionStreamManager, ChatCompletionStreamManager

if TYPE_CHECKING:
    from .._client import AsyncOpenAI, OpenAI

__all__ = ["CompletionsHelpers", "AsyncCompletionsHelpers"]

ResponseFormatT = TypeVar("ResponseFormatT")


class CompletionsHelpers(SyncAPIResource):
    def __init__(self, client: OpenAI) -> None:
        super().__init__(client)
        post = self._post

        def guarded_post(path: str, **kwargs: Any) -> Any:
            reject_response_format_type(kwargs.get("body"))
            return post(path, **kwargs)

        self._post = cast(Any, guarded_post)

    def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: str | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """Like `create`, with `response_format` also taking a pydantic model class (or any type a
        `pydantic.TypeAdapter` takes), sent as a strict JSON schema; the reply's
        `choices[i].message.parsed` is an instance of it. Tools made with
        `openai.pydantic_function_tool()` come back with `function.parsed_arguments` set.

        Raises `LengthFinishReasonError` or `ContentFilterFinishReasonError` when a choice stopped
        for that reason, and ValueError for a tool that is not a strict function tool.
        """
        validate_input_tools(tools)

        def parser(raw_completion: ChatCompletion) -> ParsedChatCompletion[ResponseFormatT]:
            return cast(
                "ParsedChatCompletion[ResponseFormatT]",
                parse_chat_completion(
                    response_format=response_format, input_tools=tools, chat_completion=raw_completion
                ),
            )

        return self._post(
            "/chat/completions",
            body=maybe_transform(
                {
                    "response_format": type_to_response_format(response_format),
                    "messages": messages,
                    "model": model,
                    "audio": audio,
                    "frequency_penalty": frequency_penalty,
                    "function_call": function_call,
                    "functions": functions,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "modalities": modalities,
                    "n": n,
                    "parallel_tool_calls": parallel_tool_calls,
                    "prediction": prediction,
                    "presence_penalty": presence_penalty,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "reasoning_effort": reasoning_effort,
                    "safety_identifier": safety_identifier,
                    "seed": seed,
                    "service_tier": service_tier,
                    "stop": stop,
                    "store": store,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "user": user,
                    "verbosity": verbosity,
                    "web_search_options": web_search_options,
                    "stream": False,
                },
                completion_create_params.CompletionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                post_parser=parser,
            ),
            # the post parser turns the ChatCompletion into the parsed one
            cast_to=cast("type[ParsedChatCompletion[ResponseFormatT]]", ChatCompletion),
            stream=False,
        )

    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: str | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ChatCompletionStreamManager[ResponseFormatT]:
        """`create(stream=True)` as a context manager that yields typed events (`content.delta`,
        `tool_calls.function.arguments.done`, ...) and accumulates the completion:
        `stream.get_final_completion()` is what `parse` would have returned.

            with client.chat.completions.stream(model=..., messages=..., response_format=Model) as stream:
                for event in stream:
                    if event.type == "content.delta":
                        print(event.delta, end="")
        """
        validate_input_tools(tools)
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}

        def make_request() -> Stream[ChatCompletionChunk]:
            return self._post(
                "/chat/completions",
                body=maybe_transform(
                {
                    "response_format": type_to_response_format(response_format),
                    "messages": messages,
                    "model": model,
                    "audio": audio,
                    "frequency_penalty": frequency_penalty,
                    "function_call": function_call,
                    "functions": functions,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "modalities": modalities,
                    "n": n,
                    "parallel_tool_calls": parallel_tool_calls,
                    "prediction": prediction,
                    "presence_penalty": presence_penalty,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "reasoning_effort": reasoning_effort,
                    "safety_identifier": safety_identifier,
                    "seed": seed,
                    "service_tier": service_tier,
                    "stop": stop,
                    "store": store,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "user": user,
                    "verbosity": verbosity,
                    "web_search_options": web_search_options,
                    "stream": True,
                },
                    completion_create_params.CompletionCreateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
                ),
                cast_to=ChatCompletionChunk,
                stream=True,
                stream_cls=Stream[ChatCompletionChunk],
            )

        return ChatCompletionStreamManager(make_request, response_format=response_format, input_tools=tools)


class AsyncCompletionsHelpers(AsyncAPIResource):
    def __init__(self, client: AsyncOpenAI) -> None:
        super().__init__(client)
        post = self._post

        async def guarded_post(path: str, **kwargs: Any) -> Any:
            reject_response_format_type(kwargs.get("body"))
            return await post(path, **kwargs)

        self._post = cast(Any, guarded_post)

    async def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: str | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """Like `create`, with `response_format` also taking a pydantic model class (or any type a
        `pydantic.TypeAdapter` takes), sent as a strict JSON schema; the reply's
        `choices[i].message.parsed` is an instance of it. Tools made with
        `openai.pydantic_function_tool()` come back with `function.parsed_arguments` set.

        Raises `LengthFinishReasonError` or `ContentFilterFinishReasonError` when a choice stopped
        for that reason, and ValueError for a tool that is not a strict function tool.
        """
        validate_input_tools(tools)

        def parser(raw_completion: ChatCompletion) -> ParsedChatCompletion[ResponseFormatT]:
            return cast(
                "ParsedChatCompletion[ResponseFormatT]",
                parse_chat_completion(
                    response_format=response_format, input_tools=tools, chat_completion=raw_completion
                ),
            )

        return await self._post(
            "/chat/completions",
            body=await async_maybe_transform(
                {
                    "response_format": type_to_response_format(response_format),
                    "messages": messages,
                    "model": model,
                    "audio": audio,
                    "frequency_penalty": frequency_penalty,
                    "function_call": function_call,
                    "functions": functions,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "modalities": modalities,
                    "n": n,
                    "parallel_tool_calls": parallel_tool_calls,
                    "prediction": prediction,
                    "presence_penalty": presence_penalty,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "reasoning_effort": reasoning_effort,
                    "safety_identifier": safety_identifier,
                    "seed": seed,
                    "service_tier": service_tier,
                    "stop": stop,
                    "store": store,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "user": user,
                    "verbosity": verbosity,
                    "web_search_options": web_search_options,
                    "stream": False,
                },
                completion_create_params.CompletionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                post_parser=parser,
            ),
            # the post parser turns the ChatCompletion into the parsed one
            cast_to=cast("type[ParsedChatCompletion[ResponseFormatT]]", ChatCompletion),
            stream=False,
        )

    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ModelIdsShared,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[ChatCompletionFunctionsParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        modalities: Optional[ResponseModalities] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: str | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        stop: Optional[StopConfiguration] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Verbosity] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncChatCompletionStreamManager[ResponseFormatT]:
        """`create(stream=True)` as a context manager that yields typed events (`content.delta`,
        `tool_calls.function.arguments.done`, ...) and accumulates the completion:
        `stream.get_final_completion()` is what `parse` would have returned.

            with client.chat.completions.stream(model=..., messages=..., response_format=Model) as stream:
                for event in stream:
                    if event.type == "content.delta":
                        print(event.delta, end="")
        """
        validate_input_tools(tools)
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}

        async def make_request() -> AsyncStream[ChatCompletionChunk]:
            return await self._post(
                "/chat/completions",
                body=await async_maybe_transform(
                {
                    "response_format": type_to_response_format(response_format),
                    "messages": messages,
                    "model": model,
                    "audio": audio,
                    "frequency_penalty": frequency_penalty,
                    "function_call": function_call,
                    "functions": functions,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "metadata": metadata,
                    "modalities": modalities,
                    "n": n,
                    "parallel_tool_calls": parallel_tool_calls,
                    "prediction": prediction,
                    "presence_penalty": presence_penalty,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "reasoning_effort": reasoning_effort,
                    "safety_identifier": safety_identifier,
                    "seed": seed,
                    "service_tier": service_tier,
                    "stop": stop,
                    "store": store,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "user": user,
                    "verbosity": verbosity,
                    "web_search_options": web_search_options,
                    "stream": True,
                },
                    completion_create_params.CompletionCreateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
                ),
                cast_to=ChatCompletionChunk,
                stream=True,
                stream_cls=AsyncStream[ChatCompletionChunk],
            )

        return AsyncChatCompletionStreamManager(make_request, response_format=response_format, input_tools=tools)
