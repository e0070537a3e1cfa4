# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncNextCursorPage, SyncNextCursorPage
from openai.types.admin.organization.groups.organization_group_user import OrganizationGroupUser
from openai.types.admin.organization.groups.user_create_response import UserCreateResponse
from openai.types.admin.organization.groups.user_delete_response import UserDeleteResponse
from openai.types.admin.organization.groups.user_retrieve_response import UserRetrieveResponse
from tests.utils import assert_matches_type


class TestUsers:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.users.create(group_id="group_id", user_id="string")
        assert_matches_type(UserCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.users.with_raw_response.create(
            group_id="group_id", user_id="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.groups.users.with_streaming_response.create(
            group_id="group_id", user_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(UserCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.users.with_raw_response.create(group_id="", user_id="string")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.users.delete(group_id="group_id", user_id="user_id")
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.users.with_raw_response.delete(
            group_id="group_id", user_id="user_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.groups.users.with_streaming_response.delete(
            group_id="group_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(UserDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.users.with_raw_response.delete(group_id="", user_id="user_id")

        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.users.with_raw_response.delete(group_id="group_id", user_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.users.list(group_id="group_id")
        assert_matches_type(SyncNextCursorPage[OrganizationGroupUser], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.users.list(
            group_id="group_id", limit=100, after="string", order="desc"
        )
        assert_matches_type(SyncNextCursorPage[OrganizationGroupUser], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.users.with_raw_response.list(group_id="group_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncNextCursorPage[OrganizationGroupUser], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.groups.users.with_streaming_response.list(group_id="group_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncNextCursorPage[OrganizationGroupUser], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.users.with_raw_response.list(group_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.users.retrieve(group_id="group_id", user_id="user_id")
        assert_matches_type(UserRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.users.with_raw_response.retrieve(
            group_id="group_id", user_id="user_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.groups.users.with_streaming_response.retrieve(
            group_id="group_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(UserRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.users.with_raw_response.retrieve(group_id="", user_id="user_id")

        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.users.with_raw_response.retrieve(group_id="group_id", user_id="")


class TestAsyncUsers:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.users.create(group_id="group_id", user_id="string")
        assert_matches_type(UserCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.users.with_raw_response.create(
            group_id="group_id", user_id="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.users.with_streaming_response.create(
            group_id="group_id", user_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(UserCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.users.with_raw_response.create(group_id="", user_id="string")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.users.delete(group_id="group_id", user_id="user_id")
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.users.with_raw_response.delete(
            group_id="group_id", user_id="user_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.users.with_streaming_response.delete(
            group_id="group_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(UserDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.users.with_raw_response.delete(group_id="", user_id="user_id")

        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.users.with_raw_response.delete(group_id="group_id", user_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.users.list(group_id="group_id")
        assert_matches_type(AsyncNextCursorPage[OrganizationGroupUser], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.users.list(
            group_id="group_id", limit=100, after="string", order="desc"
        )
        assert_matches_type(AsyncNextCursorPage[OrganizationGroupUser], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.users.with_raw_response.list(group_id="group_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncNextCursorPage[OrganizationGroupUser], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.users.with_streaming_response.list(
            group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncNextCursorPage[OrganizationGroupUser], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.users.with_raw_response.list(group_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.users.retrieve(group_id="group_id", user_id="user_id")
        assert_matches_type(UserRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.users.with_raw_response.retrieve(
            group_id="group_id", user_id="user_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UserRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.users.with_streaming_response.retrieve(
            group_id="group_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(UserRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.users.with_raw_response.retrieve(
                group_id="", user_id="user_id"
            )

        with pytest.raises(ValueError, match=r"`user_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.users.with_raw_response.retrieve(
                group_id="group_id", user_id=""
            )
