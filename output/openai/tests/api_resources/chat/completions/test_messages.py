# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.chat.chat_completion_store_message import ChatCompletionStoreMessage
from tests.utils import assert_matches_type


class TestMessages:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.chat.completions.messages.list(completion_id="completion_id")
        assert_matches_type(SyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.chat.completions.messages.list(
            completion_id="completion_id", after="string", limit=20, order="asc"
        )
        assert_matches_type(SyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.chat.completions.messages.with_raw_response.list(completion_id="completion_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.chat.completions.messages.with_streaming_response.list(completion_id="completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            client.chat.completions.messages.with_raw_response.list(completion_id="")


class TestAsyncMessages:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.messages.list(completion_id="completion_id")
        assert_matches_type(AsyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.messages.list(
            completion_id="completion_id", after="string", limit=20, order="asc"
        )
        assert_matches_type(AsyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.messages.with_raw_response.list(completion_id="completion_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.messages.with_streaming_response.list(
            completion_id="completion_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ChatCompletionStoreMessage], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            await async_client.chat.completions.messages.with_raw_response.list(completion_id="")
