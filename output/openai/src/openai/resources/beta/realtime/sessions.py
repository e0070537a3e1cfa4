# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

import httpx
from typing_extensions import Literal

from ...._base_client import make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    async_maybe_transform,
    maybe_transform,
)
from ....types.beta.realtime import session_create_params
from ....types.beta.realtime.session_create_response import SessionCreateResponse
from ....types.realtime.realtime_truncation_param import RealtimeTruncationParam
from ....types.responses.response_prompt_param import ResponsePromptParam

__all__ = ["Sessions", "AsyncSessions"]


class Sessions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return SessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SessionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return SessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        client_secret: session_create_params.ClientSecret,
        modalities: Iterable[Literal["text", "audio"]] | Omit = omit,
        instructions: str | Omit = omit,
        voice: session_create_params.Voice | Omit = omit,
        input_audio_format: str | Omit = omit,
        output_audio_format: str | Omit = omit,
        input_audio_transcription: session_create_params.InputAudioTranscription | Omit = omit,
        speed: float | Omit = omit,
        tracing: session_create_params.Tracing | Omit = omit,
        turn_detection: session_create_params.TurnDetection | Omit = omit,
        tools: Iterable[session_create_params.Tool] | Omit = omit,
        tool_choice: str | Omit = omit,
        temperature: float | Omit = omit,
        max_response_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        truncation: RealtimeTruncationParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SessionCreateResponse:
        """
        Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
          client_secret: Ephemeral key returned by the API.

          modalities: The set of modalities the model can respond with. To disable audio,
            set this to ["text"].

          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
            Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.

          voice: The voice the model uses to respond. Supported built-in voices are
            `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
            `marin`, and `cedar`. You may also provide a custom voice object with an
            `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
            the session once the model has responded with audio at least once.

          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.

          output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.

          input_audio_transcription: Configuration for input audio transcription, defaults to off and can be
            set to `null` to turn off once on. Input audio transcription is not native
            to the model, since the model consumes audio directly. Transcription runs
            asynchronously and should be treated as rough guidance
            rather than the representation understood by the model.

          speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
            the minimum speed. 1.5 is the maximum speed. This value can only be changed
            in between model turns, not while a response is in progress.

          tracing: Configuration options for tracing. Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.

          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server
            VAD means that the model will detect the start and end of speech based on
            audio volume and respond at the end of user speech.

          tools: Tools (functions) available to the model.

          tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.

          temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.

          max_response_output_tokens: Maximum number of output tokens for a single assistant response,
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

        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._post(
            "/realtime/sessions",
            body=maybe_transform(
                {
                    "client_secret": client_secret,
                    "modalities": modalities,
                    "instructions": instructions,
                    "voice": voice,
                    "input_audio_format": input_audio_format,
                    "output_audio_format": output_audio_format,
                    "input_audio_transcription": input_audio_transcription,
                    "speed": speed,
                    "tracing": tracing,
                    "turn_detection": turn_detection,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "temperature": temperature,
                    "max_response_output_tokens": max_response_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                session_create_params.SessionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=SessionCreateResponse,
        )


class AsyncSessions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSessionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        client_secret: session_create_params.ClientSecret,
        modalities: Iterable[Literal["text", "audio"]] | Omit = omit,
        instructions: str | Omit = omit,
        voice: session_create_params.Voice | Omit = omit,
        input_audio_format: str | Omit = omit,
        output_audio_format: str | Omit = omit,
        input_audio_transcription: session_create_params.InputAudioTranscription | Omit = omit,
        speed: float | Omit = omit,
        tracing: session_create_params.Tracing | Omit = omit,
        turn_detection: session_create_params.TurnDetection | Omit = omit,
        tools: Iterable[session_create_params.Tool] | Omit = omit,
        tool_choice: str | Omit = omit,
        temperature: float | Omit = omit,
        max_response_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        truncation: RealtimeTruncationParam | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SessionCreateResponse:
        """
        Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
          client_secret: Ephemeral key returned by the API.

          modalities: The set of modalities the model can respond with. To disable audio,
            set this to ["text"].

          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
            Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.

          voice: The voice the model uses to respond. Supported built-in voices are
            `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
            `marin`, and `cedar`. You may also provide a custom voice object with an
            `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
            the session once the model has responded with audio at least once.

          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.

          output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.

          input_audio_transcription: Configuration for input audio transcription, defaults to off and can be
            set to `null` to turn off once on. Input audio transcription is not native
            to the model, since the model consumes audio directly. Transcription runs
            asynchronously and should be treated as rough guidance
            rather than the representation understood by the model.

          speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
            the minimum speed. 1.5 is the maximum speed. This value can only be changed
            in between model turns, not while a response is in progress.

          tracing: Configuration options for tracing. Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.

          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server
            VAD means that the model will detect the start and end of speech based on
            audio volume and respond at the end of user speech.

          tools: Tools (functions) available to the model.

          tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.

          temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.

          max_response_output_tokens: Maximum number of output tokens for a single assistant response,
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

        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._post(
            "/realtime/sessions",
            body=await async_maybe_transform(
                {
                    "client_secret": client_secret,
                    "modalities": modalities,
                    "instructions": instructions,
                    "voice": voice,
                    "input_audio_format": input_audio_format,
                    "output_audio_format": output_audio_format,
                    "input_audio_transcription": input_audio_transcription,
                    "speed": speed,
                    "tracing": tracing,
                    "turn_detection": turn_detection,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "temperature": temperature,
                    "max_response_output_tokens": max_response_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                session_create_params.SessionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=SessionCreateResponse,
        )


class SessionsWithRawResponse:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

        self.create = to_raw_response_wrapper(
            sessions.create,
        )


class AsyncSessionsWithRawResponse:
    def __init__(self, sessions: AsyncSessions) -> None:
        self._sessions = sessions

        self.create = async_to_raw_response_wrapper(
            sessions.create,
        )


class SessionsWithStreamingResponse:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

        self.create = to_streamed_response_wrapper(
            sessions.create,
        )


class AsyncSessionsWithStreamingResponse:
    def __init__(self, sessions: AsyncSessions) -> None:
        self._sessions = sessions

        self.create = async_to_streamed_response_wrapper(
            sessions.create,
        )
