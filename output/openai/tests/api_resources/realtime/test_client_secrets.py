# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import AsyncOpenAI, OpenAI
from openai.types.realtime.client_secret_create_response import ClientSecretCreateResponse
from tests.utils import assert_matches_type


class TestClientSecrets:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.realtime.client_secrets.create()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.client_secrets.create(
            expires_after={"anchor": "created_at", "seconds": 600},
            session={
                "type": "realtime",
                "output_modalities": ["audio"],
                "model": "string",
                "instructions": "string",
                "audio": {
                    "input": {
                        "format": {},
                        "transcription": {},
                        "noise_reduction": {},
                        "turn_detection": {"type": "server_vad"},
                    },
                    "output": {"format": {}, "voice": "string", "speed": 1},
                },
                "include": ["item.input_audio_transcription.logprobs"],
                "tracing": "auto",
                "tools": [
                    {"type": "function", "name": "string", "description": "string", "parameters": {"foo": "bar"}}
                ],
                "tool_choice": "auto",
                "parallel_tool_calls": True,
                "reasoning": {"effort": "low"},
                "max_output_tokens": 1,
                "truncation": "auto",
                "prompt": {"id": "string", "version": "string", "variables": {"foo": "string"}},
            },
        )
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.realtime.client_secrets.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.realtime.client_secrets.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ClientSecretCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True


class TestAsyncClientSecrets:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.client_secrets.create()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.client_secrets.create(
            expires_after={"anchor": "created_at", "seconds": 600},
            session={
                "type": "realtime",
                "output_modalities": ["audio"],
                "model": "string",
                "instructions": "string",
                "audio": {
                    "input": {
                        "format": {},
                        "transcription": {},
                        "noise_reduction": {},
                        "turn_detection": {"type": "server_vad"},
                    },
                    "output": {"format": {}, "voice": "string", "speed": 1},
                },
                "include": ["item.input_audio_transcription.logprobs"],
                "tracing": "auto",
                "tools": [
                    {"type": "function", "name": "string", "description": "string", "parameters": {"foo": "bar"}}
                ],
                "tool_choice": "auto",
                "parallel_tool_calls": True,
                "reasoning": {"effort": "low"},
                "max_output_tokens": 1,
                "truncation": "auto",
                "prompt": {"id": "string", "version": "string", "variables": {"foo": "string"}},
            },
        )
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.client_secrets.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.client_secrets.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ClientSecretCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True
