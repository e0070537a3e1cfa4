# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import AsyncOpenAI, OpenAI
from openai.types.beta.realtime.session_create_response import SessionCreateResponse
from tests.utils import assert_matches_type


class TestSessions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.beta.realtime.sessions.create(client_secret={"value": "string", "expires_at": 1})
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.realtime.sessions.create(
            client_secret={"value": "string", "expires_at": 1},
            modalities=["text"],
            instructions="string",
            voice="string",
            input_audio_format="string",
            output_audio_format="string",
            input_audio_transcription={"model": "string"},
            speed=1,
            tracing="auto",
            turn_detection={"type": "string", "threshold": 1.0, "prefix_padding_ms": 1, "silence_duration_ms": 1},
            tools=[{"type": "function", "name": "string", "description": "string", "parameters": {"foo": "bar"}}],
            tool_choice="string",
            temperature=1.0,
            max_response_output_tokens=1,
            truncation="auto",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
        )
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.beta.realtime.sessions.with_raw_response.create(
            client_secret={"value": "string", "expires_at": 1}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.beta.realtime.sessions.with_streaming_response.create(
            client_secret={"value": "string", "expires_at": 1}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SessionCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True


class TestAsyncSessions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.sessions.create(client_secret={"value": "string", "expires_at": 1})
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.sessions.create(
            client_secret={"value": "string", "expires_at": 1},
            modalities=["text"],
            instructions="string",
            voice="string",
            input_audio_format="string",
            output_audio_format="string",
            input_audio_transcription={"model": "string"},
            speed=1,
            tracing="auto",
            turn_detection={"type": "string", "threshold": 1.0, "prefix_padding_ms": 1, "silence_duration_ms": 1},
            tools=[{"type": "function", "name": "string", "description": "string", "parameters": {"foo": "bar"}}],
            tool_choice="string",
            temperature=1.0,
            max_response_output_tokens=1,
            truncation="auto",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
        )
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.realtime.sessions.with_raw_response.create(
            client_secret={"value": "string", "expires_at": 1}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.realtime.sessions.with_streaming_response.create(
            client_secret={"value": "string", "expires_at": 1}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(SessionCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True
