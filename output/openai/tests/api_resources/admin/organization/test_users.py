# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.admin.organization.organization_user import OrganizationUser
from openai.types.admin.organization.user_delete_response import UserDeleteResponse
from tests.utils import assert_matches_type


class TestUsers:
    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.users.delete(user_id="user_id")
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.users.with_raw_response.delete(user_id="user_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.users.with_streaming_response.delete(user_id="user_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(UserDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            client.admin.organization.users.with_raw_response.delete(user_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.users.list()
        assert_matches_type(SyncConversationCursorPage[OrganizationUser], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.users.list(limit=20, after="string", emails=["string"])
        assert_matches_type(SyncConversationCursorPage[OrganizationUser], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.users.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[OrganizationUser], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.users.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[OrganizationUser], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.users.retrieve(user_id="user_id")
        assert_matches_type(OrganizationUser, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.users.with_raw_response.retrieve(user_id="user_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationUser, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.users.with_streaming_response.retrieve(user_id="user_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(OrganizationUser, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            client.admin.organization.users.with_raw_response.retrieve(user_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.users.update(user_id="user_id")
        assert_matches_type(OrganizationUser, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.users.update(
            user_id="user_id", role="string", role_id="string", technical_level="string", developer_persona="string"
        )
        assert_matches_type(OrganizationUser, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.users.with_raw_response.update(user_id="user_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationUser, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.users.with_streaming_response.update(user_id="user_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(OrganizationUser, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            client.admin.organization.users.with_raw_response.update(user_id="")


class TestAsyncUsers:
    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.users.delete(user_id="user_id")
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.users.with_raw_response.delete(user_id="user_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.users.with_streaming_response.delete(user_id="user_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(UserDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.users.with_raw_response.delete(user_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.users.list()
        assert_matches_type(AsyncConversationCursorPage[OrganizationUser], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.users.list(limit=20, after="string", emails=["string"])
        assert_matches_type(AsyncConversationCursorPage[OrganizationUser], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.users.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[OrganizationUser], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.users.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[OrganizationUser], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.users.retrieve(user_id="user_id")
        assert_matches_type(OrganizationUser, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.users.with_raw_response.retrieve(user_id="user_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationUser, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.users.with_streaming_response.retrieve(
            user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(OrganizationUser, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.users.with_raw_response.retrieve(user_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.users.update(user_id="user_id")
        assert_matches_type(OrganizationUser, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.users.update(
            user_id="user_id", role="string", role_id="string", technical_level="string", developer_persona="string"
        )
        assert_matches_type(OrganizationUser, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.users.with_raw_response.update(user_id="user_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationUser, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.users.with_streaming_response.update(user_id="user_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(OrganizationUser, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.users.with_raw_response.update(user_id="")
