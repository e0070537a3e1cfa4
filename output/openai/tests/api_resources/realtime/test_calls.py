# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._response import HttpxBinaryResponseContent
from tests.utils import assert_matches_type


class TestCalls:
    def test_method_accept(self, client: OpenAI) -> None:
        result = client.realtime.calls.accept(call_id="call_id", type="realtime")
        assert_matches_type(None, result, path=["response"])

    def test_method_accept_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.accept(
            call_id="call_id",
            type="realtime",
            output_modalities=["audio"],
            model="string",
            instructions="string",
            audio={
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "transcription": {"model": "string", "language": "string", "prompt": "string", "delay": "minimal"},
                    "noise_reduction": {"type": "near_field"},
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 1.0,
                        "prefix_padding_ms": 1,
                        "silence_duration_ms": 1,
                        "create_response": True,
                        "interrupt_response": True,
                        "idle_timeout_ms": 5000,
                    },
                },
                "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "string", "speed": 1},
            },
            include=["item.input_audio_transcription.logprobs"],
            tracing="auto",
            tools=[{"type": "function", "name": "string", "description": "string", "parameters": {"foo": "bar"}}],
            tool_choice="auto",
            parallel_tool_calls=True,
            reasoning={"effort": "low"},
            max_output_tokens=1,
            truncation="auto",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
        )
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_accept(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.accept(call_id="call_id", type="realtime")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_accept(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.accept(call_id="call_id", type="realtime") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_accept(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            client.realtime.calls.with_raw_response.accept(call_id="", type="realtime")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.realtime.calls.create(sdp="string")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.create(
            sdp="string",
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
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.create(sdp="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.create(sdp="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    def test_method_hangup(self, client: OpenAI) -> None:
        result = client.realtime.calls.hangup(call_id="call_id")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_hangup(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.hangup(call_id="call_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_hangup(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.hangup(call_id="call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_hangup(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            client.realtime.calls.with_raw_response.hangup(call_id="")

    def test_method_refer(self, client: OpenAI) -> None:
        result = client.realtime.calls.refer(call_id="call_id", target_uri="tel:+14155550123")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_refer(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.refer(call_id="call_id", target_uri="tel:+14155550123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_refer(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.refer(
            call_id="call_id", target_uri="tel:+14155550123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_refer(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            client.realtime.calls.with_raw_response.refer(call_id="", target_uri="tel:+14155550123")

    def test_method_reject(self, client: OpenAI) -> None:
        result = client.realtime.calls.reject(call_id="call_id")
        assert_matches_type(None, result, path=["response"])

    def test_method_reject_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.reject(call_id="call_id", status_code=486)
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_reject(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.reject(call_id="call_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_reject(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.reject(call_id="call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_reject(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            client.realtime.calls.with_raw_response.reject(call_id="")


class TestAsyncCalls:
    async def test_method_accept(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.accept(call_id="call_id", type="realtime")
        assert_matches_type(None, result, path=["response"])

    async def test_method_accept_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.accept(
            call_id="call_id",
            type="realtime",
            output_modalities=["audio"],
            model="string",
            instructions="string",
            audio={
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "transcription": {"model": "string", "language": "string", "prompt": "string", "delay": "minimal"},
                    "noise_reduction": {"type": "near_field"},
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 1.0,
                        "prefix_padding_ms": 1,
                        "silence_duration_ms": 1,
                        "create_response": True,
                        "interrupt_response": True,
                        "idle_timeout_ms": 5000,
                    },
                },
                "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "string", "speed": 1},
            },
            include=["item.input_audio_transcription.logprobs"],
            tracing="auto",
            tools=[{"type": "function", "name": "string", "description": "string", "parameters": {"foo": "bar"}}],
            tool_choice="auto",
            parallel_tool_calls=True,
            reasoning={"effort": "low"},
            max_output_tokens=1,
            truncation="auto",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
        )
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_accept(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.accept(call_id="call_id", type="realtime")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_accept(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.accept(
            call_id="call_id", type="realtime"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_accept(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            await async_client.realtime.calls.with_raw_response.accept(call_id="", type="realtime")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.create(sdp="string")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.create(
            sdp="string",
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
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.create(sdp="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.create(sdp="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    async def test_method_hangup(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.hangup(call_id="call_id")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_hangup(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.hangup(call_id="call_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_hangup(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.hangup(call_id="call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_hangup(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            await async_client.realtime.calls.with_raw_response.hangup(call_id="")

    async def test_method_refer(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.refer(call_id="call_id", target_uri="tel:+14155550123")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_refer(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.refer(
            call_id="call_id", target_uri="tel:+14155550123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_refer(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.refer(
            call_id="call_id", target_uri="tel:+14155550123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_refer(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            await async_client.realtime.calls.with_raw_response.refer(call_id="", target_uri="tel:+14155550123")

    async def test_method_reject(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.reject(call_id="call_id")
        assert_matches_type(None, result, path=["response"])

    async def test_method_reject_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.reject(call_id="call_id", status_code=486)
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_reject(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.reject(call_id="call_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_reject(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.reject(call_id="call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_reject(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`call_id` must be a non-empty string, got ''"):
            await async_client.realtime.calls.with_raw_response.reject(call_id="")
