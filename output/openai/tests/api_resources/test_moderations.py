# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import AsyncOpenAI, OpenAI
from openai.types.moderation_create_response import ModerationCreateResponse
from tests.utils import assert_matches_type


class TestModerations:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.moderations.create(input="string")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.moderations.create(input="string", model="omni-moderation-2024-09-26")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.moderations.with_raw_response.create(input="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.moderations.with_streaming_response.create(input="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ModerationCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True


class TestAsyncModerations:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.moderations.create(input="string")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.moderations.create(input="string", model="omni-moderation-2024-09-26")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.moderations.with_raw_response.create(input="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.moderations.with_streaming_response.create(input="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ModerationCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True
