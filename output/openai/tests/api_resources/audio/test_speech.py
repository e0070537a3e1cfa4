# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import APIConnectionError, AsyncOpenAI, OpenAI
from openai._response import HttpxBinaryResponseContent
from tests.utils import assert_matches_type


class TestSpeech:
    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.speech.create(model="string", input="string", voice="string")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.speech.create(
            model="string",
            input="string",
            instructions="string",
            voice="string",
            response_format="mp3",
            speed=1,
            stream_format="audio",
        )
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.speech.with_raw_response.create(model="string", input="string", voice="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.speech.with_streaming_response.create(
            model="string", input="string", voice="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True


class TestAsyncSpeech:
    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.speech.create(model="string", input="string", voice="string")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.speech.create(
            model="string",
            input="string",
            instructions="string",
            voice="string",
            response_format="mp3",
            speed=1,
            stream_format="audio",
        )
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.speech.with_raw_response.create(
            model="string", input="string", voice="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    @pytest.mark.xfail(
        strict=True,
        raises=APIConnectionError,
        reason="the spec declares a `Transfer-Encoding` response header of type string; Prism sends its sample value `Transfer-Encoding: string`, which httpx rejects (only chunked is supported)",
    )
    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.speech.with_streaming_response.create(
            model="string", input="string", voice="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True
