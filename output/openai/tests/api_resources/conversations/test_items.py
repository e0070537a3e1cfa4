# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.conversations.conversation import Conversation
from openai.types.conversations.conversation_item import ConversationItem
from openai.types.conversations.conversation_item_list import ConversationItemList
from tests.utils import assert_matches_type


class TestItems:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.conversations.items.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.items.create(
            conversation_id="conv_123",
            include=["file_search_call.results"],
            items=[{"role": "user", "content": "string", "phase": "commentary", "type": "message"}],
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItemList, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ConversationItemList, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            client.conversations.items.with_raw_response.create(
                conversation_id="", items=[{"role": "user", "content": "string"}]
            )

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.conversations.items.delete(conversation_id="conv_123", item_id="msg_abc")
        assert_matches_type(Conversation, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.delete(conversation_id="conv_123", item_id="msg_abc")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Conversation, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            client.conversations.items.with_raw_response.delete(conversation_id="", item_id="msg_abc")

        with pytest.raises(ValueError, match=r"`item_id` must be a non-empty string, got ''"):
            client.conversations.items.with_raw_response.delete(conversation_id="conv_123", item_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.conversations.items.list(conversation_id="conv_123")
        assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.items.list(
            conversation_id="conv_123", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.list(conversation_id="conv_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.list(conversation_id="conv_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            client.conversations.items.with_raw_response.list(conversation_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.conversations.items.retrieve(conversation_id="conv_123", item_id="msg_abc")
        assert_matches_type(ConversationItem, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.items.retrieve(
            conversation_id="conv_123", item_id="msg_abc", include=["file_search_call.results"]
        )
        assert_matches_type(ConversationItem, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.retrieve(conversation_id="conv_123", item_id="msg_abc")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItem, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ConversationItem, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            client.conversations.items.with_raw_response.retrieve(conversation_id="", item_id="msg_abc")

        with pytest.raises(ValueError, match=r"`item_id` must be a non-empty string, got ''"):
            client.conversations.items.with_raw_response.retrieve(conversation_id="conv_123", item_id="")


class TestAsyncItems:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.create(
            conversation_id="conv_123",
            include=["file_search_call.results"],
            items=[{"role": "user", "content": "string", "phase": "commentary", "type": "message"}],
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItemList, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ConversationItemList, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            await async_client.conversations.items.with_raw_response.create(
                conversation_id="", items=[{"role": "user", "content": "string"}]
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.delete(conversation_id="conv_123", item_id="msg_abc")
        assert_matches_type(Conversation, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Conversation, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            await async_client.conversations.items.with_raw_response.delete(conversation_id="", item_id="msg_abc")

        with pytest.raises(ValueError, match=r"`item_id` must be a non-empty string, got ''"):
            await async_client.conversations.items.with_raw_response.delete(conversation_id="conv_123", item_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.list(conversation_id="conv_123")
        assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.list(
            conversation_id="conv_123", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.list(conversation_id="conv_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.list(
            conversation_id="conv_123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            await async_client.conversations.items.with_raw_response.list(conversation_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.retrieve(conversation_id="conv_123", item_id="msg_abc")
        assert_matches_type(ConversationItem, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.retrieve(
            conversation_id="conv_123", item_id="msg_abc", include=["file_search_call.results"]
        )
        assert_matches_type(ConversationItem, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItem, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ConversationItem, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`conversation_id` must be a non-empty string, got ''"):
            await async_client.conversations.items.with_raw_response.retrieve(conversation_id="", item_id="msg_abc")

        with pytest.raises(ValueError, match=r"`item_id` must be a non-empty string, got ''"):
            await async_client.conversations.items.with_raw_response.retrieve(conversation_id="conv_123", item_id="")
