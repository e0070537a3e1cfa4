# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Union, cast

import httpx
from typing_extensions import Literal

from ..._base_client import make_request_options
from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    HttpxBinaryResponseContent,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NoneType, NotGiven, Omit, Query, not_given, omit
from ..._utils import (
    async_maybe_transform,
    deepcopy_minimal,
    extract_files,
    maybe_transform,
    path_template,
)
from ...types.realtime import call_accept_params, call_create_params, call_refer_params, call_reject_params
from ...types.realtime.realtime_audio_config_param import RealtimeAudioConfigParam
from ...types.realtime.realtime_reasoning_param import RealtimeReasoningParam
from ...types.realtime.realtime_session_create_request_param import RealtimeSessionCreateRequestParam
from ...types.realtime.realtime_tool_choice_config_param import RealtimeToolChoiceConfigParam
from ...types.realtime.realtime_tools_config_param import RealtimeToolsConfigParam
from ...types.realtime.realtime_tracing_config_param import RealtimeTracingConfigParam
from ...types.realtime.realtime_truncation_param import RealtimeTruncationParam
from ...types.responses.response_prompt_param import ResponsePromptParam

__all__ = ["Calls", "AsyncCalls"]


class Calls(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return CallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CallsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return CallsWithStreamingResponse(self)

    def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: Iterable[Literal["text", "audio"]] | Omit = omit,
        model: Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
        | Omit = omit,
        instructions: str | Omit = omit,
        audio: RealtimeAudioConfigParam | Omit = omit,
        include: Iterable[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        tracing: Optional[RealtimeTracingConfigParam] | Omit = omit,
        tools: RealtimeToolsConfigParam | Omit = omit,
        tool_choice: RealtimeToolChoiceConfigParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        reasoning: RealtimeReasoningParam | Omit = omit,
        max_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        truncation: RealtimeTruncationParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
          call_id: The identifier for the call provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook.

          type: The type of session to create. Always `realtime` for the Realtime API.

          output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
            that the model will respond with audio plus a transcript. `["text"]` can be used to make
            the model respond with text only. It is not possible to request both `text` and `audio` at the same time.

          model: The Realtime model used for this session.

          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

            Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.

          audio: Configuration for input and output audio.

          include: Additional fields to include in server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.

          tracing: Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.

          tools: Tools available to the model.

          tool_choice: How the model chooses tools. Provide one of the string modes or force a specific
            function/MCP tool.

          parallel_tool_calls: Whether the model may call multiple tools in parallel. Only supported by
            reasoning Realtime models such as `gpt-realtime-2`.

          reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.

          max_output_tokens: Maximum number of output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.

          truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

            Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

            Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

            Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return self._post(
            path_template(
                "/realtime/calls/{call_id}/accept",
                call_id=call_id,
            ),
            body=maybe_transform(
                {
                    "type": type,
                    "output_modalities": output_modalities,
                    "model": model,
                    "instructions": instructions,
                    "audio": audio,
                    "include": include,
                    "tracing": tracing,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                call_accept_params.CallAcceptParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def create(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestParam | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
          sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.

          session: Optional session configuration to apply before the realtime session is
            created. Use the same parameters you would send in a [`create client secret`](/docs/api-reference/realtime-sessions/create-realtime-client-secret)
            request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {"Accept": "application/sdp", **(extra_headers or {})}
        body = deepcopy_minimal(
            {
                "sdp": sdp,
                "session": session,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/realtime/calls",
            body=maybe_transform(body, call_create_params.CallCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    def hangup(
        self,
        call_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
          call_id: The identifier for the call. For SIP calls, use the value provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook. For WebRTC sessions, reuse the call ID returned in the `Location`
            header when creating the call with
            [`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return self._post(
            path_template(
                "/realtime/calls/{call_id}/hangup",
                call_id=call_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
          call_id: The identifier for the call provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook.

          target_uri: URI that should appear in the SIP Refer-To header. Supports values like
            `tel:+14155550123` or `sip:agent@example.com`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return self._post(
            path_template(
                "/realtime/calls/{call_id}/refer",
                call_id=call_id,
            ),
            body=maybe_transform(
                {
                    "target_uri": target_uri,
                },
                call_refer_params.CallReferParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def reject(
        self,
        call_id: str,
        *,
        status_code: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
          call_id: The identifier for the call provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook.

          status_code: SIP response code to send back to the caller. Defaults to `603` (Decline)
            when omitted.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return self._post(
            path_template(
                "/realtime/calls/{call_id}/reject",
                call_id=call_id,
            ),
            body=maybe_transform(
                {
                    "status_code": status_code,
                },
                call_reject_params.CallRejectParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncCalls(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncCallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCallsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncCallsWithStreamingResponse(self)

    async def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: Iterable[Literal["text", "audio"]] | Omit = omit,
        model: Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
        | Omit = omit,
        instructions: str | Omit = omit,
        audio: RealtimeAudioConfigParam | Omit = omit,
        include: Iterable[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        tracing: Optional[RealtimeTracingConfigParam] | Omit = omit,
        tools: RealtimeToolsConfigParam | Omit = omit,
        tool_choice: RealtimeToolChoiceConfigParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        reasoning: RealtimeReasoningParam | Omit = omit,
        max_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        truncation: RealtimeTruncationParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
          call_id: The identifier for the call provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook.

          type: The type of session to create. Always `realtime` for the Realtime API.

          output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
            that the model will respond with audio plus a transcript. `["text"]` can be used to make
            the model respond with text only. It is not possible to request both `text` and `audio` at the same time.

          model: The Realtime model used for this session.

          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

            Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.

          audio: Configuration for input and output audio.

          include: Additional fields to include in server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.

          tracing: Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.

          tools: Tools available to the model.

          tool_choice: How the model chooses tools. Provide one of the string modes or force a specific
            function/MCP tool.

          parallel_tool_calls: Whether the model may call multiple tools in parallel. Only supported by
            reasoning Realtime models such as `gpt-realtime-2`.

          reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.

          max_output_tokens: Maximum number of output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.

          truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

            Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

            Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

            Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return await self._post(
            path_template(
                "/realtime/calls/{call_id}/accept",
                call_id=call_id,
            ),
            body=await async_maybe_transform(
                {
                    "type": type,
                    "output_modalities": output_modalities,
                    "model": model,
                    "instructions": instructions,
                    "audio": audio,
                    "include": include,
                    "tracing": tracing,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                call_accept_params.CallAcceptParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def create(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestParam | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
          sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.

          session: Optional session configuration to apply before the realtime session is
            created. Use the same parameters you would send in a [`create client secret`](/docs/api-reference/realtime-sessions/create-realtime-client-secret)
            request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {"Accept": "application/sdp", **(extra_headers or {})}
        body = deepcopy_minimal(
            {
                "sdp": sdp,
                "session": session,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/realtime/calls",
            body=await async_maybe_transform(body, call_create_params.CallCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    async def hangup(
        self,
        call_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
          call_id: The identifier for the call. For SIP calls, use the value provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook. For WebRTC sessions, reuse the call ID returned in the `Location`
            header when creating the call with
            [`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return await self._post(
            path_template(
                "/realtime/calls/{call_id}/hangup",
                call_id=call_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
          call_id: The identifier for the call provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook.

          target_uri: URI that should appear in the SIP Refer-To header. Supports values like
            `tel:+14155550123` or `sip:agent@example.com`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return await self._post(
            path_template(
                "/realtime/calls/{call_id}/refer",
                call_id=call_id,
            ),
            body=await async_maybe_transform(
                {
                    "target_uri": target_uri,
                },
                call_refer_params.CallReferParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def reject(
        self,
        call_id: str,
        *,
        status_code: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
          call_id: The identifier for the call provided in the
            [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)
            webhook.

          status_code: SIP response code to send back to the caller. Defaults to `603` (Decline)
            when omitted.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not call_id:
            raise ValueError(f"`call_id` must be a non-empty string, got {call_id!r}")
        return await self._post(
            path_template(
                "/realtime/calls/{call_id}/reject",
                call_id=call_id,
            ),
            body=await async_maybe_transform(
                {
                    "status_code": status_code,
                },
                call_reject_params.CallRejectParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class CallsWithRawResponse:
    def __init__(self, calls: Calls) -> None:
        self._calls = calls

        self.accept = to_raw_response_wrapper(
            calls.accept,
        )

        self.create = to_raw_response_wrapper(
            calls.create,
        )

        self.hangup = to_raw_response_wrapper(
            calls.hangup,
        )

        self.refer = to_raw_response_wrapper(
            calls.refer,
        )

        self.reject = to_raw_response_wrapper(
            calls.reject,
        )


class AsyncCallsWithRawResponse:
    def __init__(self, calls: AsyncCalls) -> None:
        self._calls = calls

        self.accept = async_to_raw_response_wrapper(
            calls.accept,
        )

        self.create = async_to_raw_response_wrapper(
            calls.create,
        )

        self.hangup = async_to_raw_response_wrapper(
            calls.hangup,
        )

        self.refer = async_to_raw_response_wrapper(
            calls.refer,
        )

        self.reject = async_to_raw_response_wrapper(
            calls.reject,
        )


class CallsWithStreamingResponse:
    def __init__(self, calls: Calls) -> None:
        self._calls = calls

        self.accept = to_streamed_response_wrapper(
            calls.accept,
        )

        self.create = to_streamed_response_wrapper(
            calls.create,
        )

        self.hangup = to_streamed_response_wrapper(
            calls.hangup,
        )

        self.refer = to_streamed_response_wrapper(
            calls.refer,
        )

        self.reject = to_streamed_response_wrapper(
            calls.reject,
        )


class AsyncCallsWithStreamingResponse:
    def __init__(self, calls: AsyncCalls) -> None:
        self._calls = calls

        self.accept = async_to_streamed_response_wrapper(
            calls.accept,
        )

        self.create = async_to_streamed_response_wrapper(
            calls.create,
        )

        self.hangup = async_to_streamed_response_wrapper(
            calls.hangup,
        )

        self.refer = async_to_streamed_response_wrapper(
            calls.refer,
        )

        self.reject = async_to_streamed_response_wrapper(
            calls.reject,
        )
