# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncNextCursorPage, SyncNextCursorPage
from openai.types.admin.organization.group import Group
from openai.types.admin.organization.group_delete_response import GroupDeleteResponse
from openai.types.admin.organization.group_update_response import GroupUpdateResponse
from tests.utils import assert_matches_type


class TestGroups:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.create(name="string")
        assert_matches_type(Group, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.with_raw_response.create(name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Group, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.groups.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Group, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.delete(group_id="group_id")
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.with_raw_response.delete(group_id="group_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.groups.with_streaming_response.delete(group_id="group_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(GroupDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.with_raw_response.delete(group_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.list()
        assert_matches_type(SyncNextCursorPage[Group], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.list(limit=100, after="string", order="asc")
        assert_matches_type(SyncNextCursorPage[Group], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncNextCursorPage[Group], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.groups.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncNextCursorPage[Group], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.retrieve(group_id="group_id")
        assert_matches_type(Group, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.with_raw_response.retrieve(group_id="group_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Group, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.groups.with_streaming_response.retrieve(group_id="group_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Group, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.with_raw_response.retrieve(group_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.groups.update(group_id="group_id", name="string")
        assert_matches_type(GroupUpdateResponse, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.groups.with_raw_response.update(group_id="group_id", name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(GroupUpdateResponse, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.groups.with_streaming_response.update(
            group_id="group_id", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(GroupUpdateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.groups.with_raw_response.update(group_id="", name="string")


class TestAsyncGroups:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.create(name="string")
        assert_matches_type(Group, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.with_raw_response.create(name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Group, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Group, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.delete(group_id="group_id")
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.with_raw_response.delete(group_id="group_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.with_streaming_response.delete(
            group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(GroupDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.with_raw_response.delete(group_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.list()
        assert_matches_type(AsyncNextCursorPage[Group], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.list(limit=100, after="string", order="asc")
        assert_matches_type(AsyncNextCursorPage[Group], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncNextCursorPage[Group], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncNextCursorPage[Group], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.retrieve(group_id="group_id")
        assert_matches_type(Group, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.with_raw_response.retrieve(group_id="group_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Group, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.with_streaming_response.retrieve(
            group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Group, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.with_raw_response.retrieve(group_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.groups.update(group_id="group_id", name="string")
        assert_matches_type(GroupUpdateResponse, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.groups.with_raw_response.update(
            group_id="group_id", name="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(GroupUpdateResponse, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.groups.with_streaming_response.update(
            group_id="group_id", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(GroupUpdateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.groups.with_raw_response.update(group_id="", name="string")
