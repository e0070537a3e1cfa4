# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.admin.organization.admin_api_key import AdminAPIKey
from openai.types.admin.organization.admin_api_key_create_response import AdminAPIKeyCreateResponse
from openai.types.admin.organization.admin_api_key_delete_response import AdminAPIKeyDeleteResponse
from tests.utils import assert_matches_type


class TestAdminAPIKeys:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.admin_api_keys.create(name="New Admin Key")
        assert_matches_type(AdminAPIKeyCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.admin_api_keys.with_raw_response.create(name="New Admin Key")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AdminAPIKeyCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.admin_api_keys.with_streaming_response.create(name="New Admin Key") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(AdminAPIKeyCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.admin_api_keys.delete(key_id="key_id")
        assert_matches_type(AdminAPIKeyDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.admin_api_keys.with_raw_response.delete(key_id="key_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AdminAPIKeyDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.admin_api_keys.with_streaming_response.delete(key_id="key_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(AdminAPIKeyDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`key_id` must be a non-empty string, got ''"):
            client.admin.organization.admin_api_keys.with_raw_response.delete(key_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.admin_api_keys.list()
        assert_matches_type(SyncCursorPage[AdminAPIKey], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.admin_api_keys.list(after="string", order="asc", limit=20)
        assert_matches_type(SyncCursorPage[AdminAPIKey], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.admin_api_keys.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[AdminAPIKey], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.admin_api_keys.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[AdminAPIKey], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.admin_api_keys.retrieve(key_id="key_id")
        assert_matches_type(AdminAPIKey, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.admin_api_keys.with_raw_response.retrieve(key_id="key_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AdminAPIKey, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.admin_api_keys.with_streaming_response.retrieve(key_id="key_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(AdminAPIKey, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`key_id` must be a non-empty string, got ''"):
            client.admin.organization.admin_api_keys.with_raw_response.retrieve(key_id="")


class TestAsyncAdminAPIKeys:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.admin_api_keys.create(name="New Admin Key")
        assert_matches_type(AdminAPIKeyCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.admin_api_keys.with_raw_response.create(name="New Admin Key")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AdminAPIKeyCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.admin_api_keys.with_streaming_response.create(
            name="New Admin Key"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AdminAPIKeyCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.admin_api_keys.delete(key_id="key_id")
        assert_matches_type(AdminAPIKeyDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.admin_api_keys.with_raw_response.delete(key_id="key_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AdminAPIKeyDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.admin_api_keys.with_streaming_response.delete(
            key_id="key_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AdminAPIKeyDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`key_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.admin_api_keys.with_raw_response.delete(key_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.admin_api_keys.list()
        assert_matches_type(AsyncCursorPage[AdminAPIKey], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.admin_api_keys.list(after="string", order="asc", limit=20)
        assert_matches_type(AsyncCursorPage[AdminAPIKey], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.admin_api_keys.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[AdminAPIKey], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.admin_api_keys.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[AdminAPIKey], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.admin_api_keys.retrieve(key_id="key_id")
        assert_matches_type(AdminAPIKey, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.admin_api_keys.with_raw_response.retrieve(key_id="key_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AdminAPIKey, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.admin_api_keys.with_streaming_response.retrieve(
            key_id="key_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AdminAPIKey, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`key_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.admin_api_keys.with_raw_response.retrieve(key_id="")
