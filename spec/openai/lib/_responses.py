"""`responses.parse`: the generated `Responses` and `AsyncResponses` derive from these classes
(see spec/openai.yaml, `custom.resources`)."""

from __future__ import annotations

from typing import Any, Iterable, Optional, TypeVar, cast

import httpx
from typing_extensions import Literal

from .._base_client import make_request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from .._streaming import AsyncStream, Stream
from .._utils import async_maybe_transform, maybe_transform, path_template
from ..types.responses import response_create_params, response_retrieve_params
from ..types.context_management_param_param import ContextManagementParamParam
from ..types.conversation_param_param import ConversationParamParam
from ..types.input_param_param import InputParamParam
from ..types.shared_params.metadata import Metadata as MetadataParam
from ..types.shared_params.reasoning import Reasoning as ReasoningParam
from ..types.response_stream_options_param import ResponseStreamOptionsParam
from ..types.responses.parsed_response import ParsedResponse
from ..types.responses.response import Response
from ..types.responses.response_includable import ResponseIncludable
from ..types.responses.response_prompt_param import ResponsePromptParam
from ..types.responses.response_stream_event import ResponseStreamEvent
from ..types.responses.response_text_config_param import ResponseTextConfigParam
from ..types.shared.responses_model import ResponsesModel
from ..types.service_tier import ServiceTier
from ..types.tool_choice_param_param import ToolChoiceParamParam
from ..types.websocket_connection_options import WebSocketConnectionOptions
from ._parsing._responses import parse_response, text_with_format
from ._tools import PydanticFunctionTool
from .realtime.connection import OnReconnecting
from .realtime.responses import AsyncResponsesConnectionManager, ResponsesConnectionManager
from .streaming.responses import AsyncResponseStreamManager, ResponseStreamManager

__all__ = ["ResponsesHelpers", "AsyncResponsesHelpers"]

TextFormatT = TypeVar("TextFormatT")


def responses_tools(tools: Iterable[Any] | Omit) -> Any:
    """Tools as the Responses API takes them: a `pydantic_function_tool()` (chat form,
    `{type, function: {...}}`) becomes the flat `{type, name, parameters, strict}`."""
    if isinstance(tools, Omit):
        return tools
    out: list[Any] = []
    for tool in tools:
        if isinstance(tool, PydanticFunctionTool):
            out.append({"type": "function", **cast("dict[str, Any]", tool["function"])})
        else:
            out.append(tool)
    return out


class ResponsesHelpers(SyncAPIResource):
    def connect(
        self,
        *,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebSocketConnectionOptions = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> ResponsesConnectionManager:
        """Responses over a WebSocket (`/responses`): `with` the result to get the connection, send
        `connection.response.create(model=..., input=...)` and read the stream events. Needs the
        `websockets` package (the `realtime` extra). The reconnection arguments work as for
        `client.realtime.connect`."""
        return ResponsesConnectionManager(
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_queue_size=max_queue_size,
        )

    def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[ReasoningParam] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        tools: Iterable[Any] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        stream: Optional[Literal[False]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """Like `create`, with `text_format` taking a pydantic model class (or any type a
        `pydantic.TypeAdapter` takes), sent as the strict JSON schema of `text.format`. The reply's
        output text parts carry `parsed`, `output_parsed` is the first of them, and function calls
        to tools made with `openai.pydantic_function_tool()` carry `parsed_arguments`."""

        def parser(raw_response: Response) -> ParsedResponse[TextFormatT]:
            return cast(
                "ParsedResponse[TextFormatT]",
                parse_response(text_format=text_format, input_tools=tools, response=raw_response),
            )

        return self._post(
            "/responses",
            body=maybe_transform(
                {
                    "text": text_with_format(text, text_format, verbosity),
                    "tools": responses_tools(tools),
                    "background": background,
                    "context_management": context_management,
                    "conversation": conversation,
                    "include": include,
                    "input": input,
                    "instructions": instructions,
                    "max_output_tokens": max_output_tokens,
                    "max_tool_calls": max_tool_calls,
                    "metadata": metadata,
                    "model": model,
                    "parallel_tool_calls": parallel_tool_calls,
                    "previous_response_id": previous_response_id,
                    "prompt": prompt,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "reasoning": reasoning,
                    "safety_identifier": safety_identifier,
                    "service_tier": service_tier,
                    "store": store,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "truncation": truncation,
                    "user": user,
                },
                response_create_params.ResponseCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                post_parser=parser,
            ),
            # the post parser turns the Response into the parsed one
            cast_to=cast("type[ParsedResponse[TextFormatT]]", Response),
        )

    def stream(
        self,
        *,
        response_id: str | Omit = omit,
        starting_after: int | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[ReasoningParam] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        tools: Iterable[Any] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ResponseStreamManager[TextFormatT]:
        """`create(stream=True)` as a context manager that yields the typed server events, the text
        deltas with a `snapshot` of the text so far; `stream.get_final_response()` is what `parse`
        would have returned. With `response_id`, streams an existing (background) response from
        after event `starting_after` instead of creating one."""
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        options = make_request_options(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

        def make_request() -> Stream[ResponseStreamEvent]:
            if not isinstance(response_id, Omit):
                if not response_id:
                    raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
                query = {"stream": True, "starting_after": starting_after, "include": include}
                return self._get(
                    path_template("/responses/{response_id}", response_id=response_id),
                    options=make_request_options(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        extra_body=extra_body,
                        timeout=timeout,
                        query=maybe_transform(query, response_retrieve_params.ResponseRetrieveParams),
                    ),
                    cast_to=Response,
                    stream=True,
                    stream_cls=Stream[ResponseStreamEvent],
                )
            return self._post(
                "/responses",
                body=maybe_transform(
                    {
                        "stream": True,
                        "text": text_with_format(text, text_format),
                        "tools": responses_tools(tools),
                        "background": background,
                        "context_management": context_management,
                        "conversation": conversation,
                        "include": include,
                        "input": input,
                        "instructions": instructions,
                        "max_output_tokens": max_output_tokens,
                        "max_tool_calls": max_tool_calls,
                        "metadata": metadata,
                        "model": model,
                        "parallel_tool_calls": parallel_tool_calls,
                        "previous_response_id": previous_response_id,
                        "prompt": prompt,
                        "prompt_cache_key": prompt_cache_key,
                        "prompt_cache_retention": prompt_cache_retention,
                        "reasoning": reasoning,
                        "safety_identifier": safety_identifier,
                        "service_tier": service_tier,
                        "store": store,
                        "stream_options": stream_options,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "top_logprobs": top_logprobs,
                        "top_p": top_p,
                        "truncation": truncation,
                        "user": user,
                    },
                    response_create_params.ResponseCreateParams,
                ),
                options=options,
                cast_to=Response,
                stream=True,
                stream_cls=Stream[ResponseStreamEvent],
            )

        return ResponseStreamManager(make_request, text_format=text_format, input_tools=tools)


class AsyncResponsesHelpers(AsyncAPIResource):
    def connect(
        self,
        *,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebSocketConnectionOptions = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> AsyncResponsesConnectionManager:
        """Responses over a WebSocket; `async with` the result to get the connection. See
        `ResponsesHelpers.connect` (the sync client)."""
        return AsyncResponsesConnectionManager(
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_queue_size=max_queue_size,
        )

    async def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[ReasoningParam] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        tools: Iterable[Any] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        stream: Optional[Literal[False]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """Like `create`, with `text_format` taking a pydantic model class (or any type a
        `pydantic.TypeAdapter` takes), sent as the strict JSON schema of `text.format`. The reply's
        output text parts carry `parsed`, `output_parsed` is the first of them, and function calls
        to tools made with `openai.pydantic_function_tool()` carry `parsed_arguments`."""

        def parser(raw_response: Response) -> ParsedResponse[TextFormatT]:
            return cast(
                "ParsedResponse[TextFormatT]",
                parse_response(text_format=text_format, input_tools=tools, response=raw_response),
            )

        return await self._post(
            "/responses",
            body=await async_maybe_transform(
                {
                    "text": text_with_format(text, text_format, verbosity),
                    "tools": responses_tools(tools),
                    "background": background,
                    "context_management": context_management,
                    "conversation": conversation,
                    "include": include,
                    "input": input,
                    "instructions": instructions,
                    "max_output_tokens": max_output_tokens,
                    "max_tool_calls": max_tool_calls,
                    "metadata": metadata,
                    "model": model,
                    "parallel_tool_calls": parallel_tool_calls,
                    "previous_response_id": previous_response_id,
                    "prompt": prompt,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "reasoning": reasoning,
                    "safety_identifier": safety_identifier,
                    "service_tier": service_tier,
                    "store": store,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "truncation": truncation,
                    "user": user,
                },
                response_create_params.ResponseCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                post_parser=parser,
            ),
            # the post parser turns the Response into the parsed one
            cast_to=cast("type[ParsedResponse[TextFormatT]]", Response),
        )

    def stream(
        self,
        *,
        response_id: str | Omit = omit,
        starting_after: int | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagementParamParam]] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParamParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[ReasoningParam] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[ServiceTier] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ResponseStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoiceParamParam | Omit = omit,
        tools: Iterable[Any] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncResponseStreamManager[TextFormatT]:
        """`create(stream=True)` as a context manager that yields the typed server events, the text
        deltas with a `snapshot` of the text so far; `stream.get_final_response()` is what `parse`
        would have returned. With `response_id`, streams an existing (background) response from
        after event `starting_after` instead of creating one."""
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        options = make_request_options(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

        async def make_request() -> AsyncStream[ResponseStreamEvent]:
            if not isinstance(response_id, Omit):
                if not response_id:
                    raise ValueError(f"`response_id` must be a non-empty string, got {response_id!r}")
                query = {"stream": True, "starting_after": starting_after, "include": include}
                return await self._get(
                    path_template("/responses/{response_id}", response_id=response_id),
                    options=make_request_options(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        extra_body=extra_body,
                        timeout=timeout,
                        query=await async_maybe_transform(query, response_retrieve_params.ResponseRetrieveParams),
                    ),
                    cast_to=Response,
                    stream=True,
                    stream_cls=AsyncStream[ResponseStreamEvent],
                )
            return await self._post(
                "/responses",
                body=await async_maybe_transform(
                    {
                        "stream": True,
                        "text": text_with_format(text, text_format),
                        "tools": responses_tools(tools),
                        "background": background,
                        "context_management": context_management,
                        "conversation": conversation,
                        "include": include,
                        "input": input,
                        "instructions": instructions,
                        "max_output_tokens": max_output_tokens,
                        "max_tool_calls": max_tool_calls,
                        "metadata": metadata,
                        "model": model,
                        "parallel_tool_calls": parallel_tool_calls,
                        "previous_response_id": previous_response_id,
                        "prompt": prompt,
                        "prompt_cache_key": prompt_cache_key,
                        "prompt_cache_retention": prompt_cache_retention,
                        "reasoning": reasoning,
                        "safety_identifier": safety_identifier,
                        "service_tier": service_tier,
                        "store": store,
                        "stream_options": stream_options,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "top_logprobs": top_logprobs,
                        "top_p": top_p,
                        "truncation": truncation,
                        "user": user,
                    },
                    response_create_params.ResponseCreateParams,
                ),
                options=options,
                cast_to=Response,
                stream=True,
                stream_cls=AsyncStream[ResponseStreamEvent],
            )

        return AsyncResponseStreamManager(make_request, text_format=text_format, input_tools=tools)
