# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._response import HttpxBinaryResponseContent
from tests.utils import assert_matches_type


class TestContent:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.skills.content.retrieve(skill_id="skill_123")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.skills.content.with_raw_response.retrieve(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.skills.content.with_streaming_response.retrieve(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.content.with_raw_response.retrieve(skill_id="")


class TestAsyncContent:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.content.retrieve(skill_id="skill_123")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.content.with_raw_response.retrieve(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.content.with_streaming_response.retrieve(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.content.with_raw_response.retrieve(skill_id="")
