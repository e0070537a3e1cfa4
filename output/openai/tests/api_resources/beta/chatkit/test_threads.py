# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.beta.chatkit.chatkit_thread import ChatKitThread
from openai.types.beta.chatkit.thread_delete_response import ThreadDeleteResponse
from openai.types.beta.chatkit.thread_item import ThreadItem
from tests.utils import assert_matches_type


class TestThreads:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.retrieve(thread_id="cthr_123")
        assert_matches_type(ChatKitThread, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.retrieve(thread_id="cthr_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatKitThread, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.retrieve(thread_id="cthr_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ChatKitThread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
            client.beta.chatkit.threads.with_raw_response.retrieve(thread_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list()
        assert_matches_type(SyncConversationCursorPage[ChatKitThread], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list(limit=1, order="asc", after="string", before="string", user="string")
        assert_matches_type(SyncConversationCursorPage[ChatKitThread], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ChatKitThread], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ChatKitThread], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.delete(thread_id="cthr_123")
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.delete(thread_id="cthr_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.delete(thread_id="cthr_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ThreadDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
            client.beta.chatkit.threads.with_raw_response.delete(thread_id="")

    def test_method_list_items(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list_items(thread_id="cthr_123")
        assert_matches_type(SyncConversationCursorPage[ThreadItem], result, path=["response"])

    def test_method_list_items_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list_items(
            thread_id="cthr_123", limit=1, order="asc", after="string", before="string"
        )
        assert_matches_type(SyncConversationCursorPage[ThreadItem], result, path=["response"])

    def test_raw_response_list_items(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.list_items(thread_id="cthr_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ThreadItem], result, path=["response"])

    def test_streaming_response_list_items(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.list_items(thread_id="cthr_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ThreadItem], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list_items(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
            client.beta.chatkit.threads.with_raw_response.list_items(thread_id="")


class TestAsyncThreads:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.retrieve(thread_id="cthr_123")
        assert_matches_type(ChatKitThread, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.retrieve(thread_id="cthr_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatKitThread, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.retrieve(thread_id="cthr_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ChatKitThread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
            await async_client.beta.chatkit.threads.with_raw_response.retrieve(thread_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list()
        assert_matches_type(AsyncConversationCursorPage[ChatKitThread], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list(
            limit=1, order="asc", after="string", before="string", user="string"
        )
        assert_matches_type(AsyncConversationCursorPage[ChatKitThread], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ChatKitThread], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ChatKitThread], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.delete(thread_id="cthr_123")
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.delete(thread_id="cthr_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.delete(thread_id="cthr_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ThreadDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
            await async_client.beta.chatkit.threads.with_raw_response.delete(thread_id="")

    async def test_method_list_items(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list_items(thread_id="cthr_123")
        assert_matches_type(AsyncConversationCursorPage[ThreadItem], result, path=["response"])

    async def test_method_list_items_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list_items(
            thread_id="cthr_123", limit=1, order="asc", after="string", before="string"
        )
        assert_matches_type(AsyncConversationCursorPage[ThreadItem], result, path=["response"])

    async def test_raw_response_list_items(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.list_items(thread_id="cthr_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ThreadItem], result, path=["response"])

    async def test_streaming_response_list_items(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.list_items(
            thread_id="cthr_123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ThreadItem], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_items(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
            await async_client.beta.chatkit.threads.with_raw_response.list_items(thread_id="")
