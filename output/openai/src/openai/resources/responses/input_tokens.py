# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

import httpx
from typing_extensions import Literal

from ..._base_client import make_request_options
from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..._utils import (
    async_maybe_transform,
    maybe_transform,
)
from ...types.conversation_param_param import ConversationParamParam
from ...types.responses import input_token_count_params
from ...types.responses.input_token_count_response import InputTokenCountResponse
from ...types.responses.response_text_config_param import ResponseTextConfigParam
from ...types.responses.tool_param import ToolParam
from ...types.shared_params.reasoning import Reasoning
from ...types.tool_choice_param_param import ToolChoiceParamParam

__all__ = ["InputTokens", "AsyncInputTokens"]


class InputTokens(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> InputTokensWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return InputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputTokensWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return InputTokensWithStreamingResponse(self)

    def count(
        self,
        *,
        model: Optional[str] | Omit = omit,
        input: Optional[input_token_count_params.Input] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        tools: Optional[Iterable[ToolParam]] | Omit = omit,
        text: Optional[ResponseTextConfigParam] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        tool_choice: Optional[ToolChoiceParamParam] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> InputTokenCountResponse:
        """
        Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
          truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/responses/input_tokens",
            body=maybe_transform(
                {
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "tools": tools,
                    "text": text,
                    "reasoning": reasoning,
                    "truncation": truncation,
                    "instructions": instructions,
                    "conversation": conversation,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                },
                input_token_count_params.InputTokenCountParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=InputTokenCountResponse,
        )


class AsyncInputTokens(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncInputTokensWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputTokensWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncInputTokensWithStreamingResponse(self)

    async def count(
        self,
        *,
        model: Optional[str] | Omit = omit,
        input: Optional[input_token_count_params.Input] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        tools: Optional[Iterable[ToolParam]] | Omit = omit,
        text: Optional[ResponseTextConfigParam] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        conversation: Optional[ConversationParamParam] | Omit = omit,
        tool_choice: Optional[ToolChoiceParamParam] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> InputTokenCountResponse:
        """
        Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
          truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/responses/input_tokens",
            body=await async_maybe_transform(
                {
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "tools": tools,
                    "text": text,
                    "reasoning": reasoning,
                    "truncation": truncation,
                    "instructions": instructions,
                    "conversation": conversation,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                },
                input_token_count_params.InputTokenCountParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=InputTokenCountResponse,
        )


class InputTokensWithRawResponse:
    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens

        self.count = to_raw_response_wrapper(
            input_tokens.count,
        )


class AsyncInputTokensWithRawResponse:
    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens

        self.count = async_to_raw_response_wrapper(
            input_tokens.count,
        )


class InputTokensWithStreamingResponse:
    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens

        self.count = to_streamed_response_wrapper(
            input_tokens.count,
        )


class AsyncInputTokensWithStreamingResponse:
    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens

        self.count = async_to_streamed_response_wrapper(
            input_tokens.count,
        )
