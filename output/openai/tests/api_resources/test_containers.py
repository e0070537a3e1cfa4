# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.container_create_response import ContainerCreateResponse
from openai.types.container_list_response import ContainerListResponse
from openai.types.container_retrieve_response import ContainerRetrieveResponse
from tests.utils import assert_matches_type


class TestContainers:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.containers.create(name="string")
        assert_matches_type(ContainerCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.containers.create(
            name="string",
            file_ids=["string"],
            expires_after={"anchor": "last_active_at", "minutes": 1},
            skills=[{"type": "skill_reference", "skill_id": "string", "version": "string"}],
            memory_limit="1g",
            network_policy={"type": "disabled"},
        )
        assert_matches_type(ContainerCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.containers.with_raw_response.create(name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ContainerCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.containers.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ContainerCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.containers.delete(container_id="container_id")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.containers.with_raw_response.delete(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.containers.with_streaming_response.delete(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            client.containers.with_raw_response.delete(container_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.containers.list()
        assert_matches_type(SyncCursorPage[ContainerListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.containers.list(limit=20, order="desc", after="string", name="string")
        assert_matches_type(SyncCursorPage[ContainerListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.containers.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ContainerListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.containers.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[ContainerListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.containers.retrieve(container_id="container_id")
        assert_matches_type(ContainerRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.containers.with_raw_response.retrieve(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ContainerRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.containers.with_streaming_response.retrieve(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ContainerRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            client.containers.with_raw_response.retrieve(container_id="")


class TestAsyncContainers:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.create(name="string")
        assert_matches_type(ContainerCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.create(
            name="string",
            file_ids=["string"],
            expires_after={"anchor": "last_active_at", "minutes": 1},
            skills=[{"type": "skill_reference", "skill_id": "string", "version": "string"}],
            memory_limit="1g",
            network_policy={"type": "disabled"},
        )
        assert_matches_type(ContainerCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.with_raw_response.create(name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ContainerCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ContainerCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.delete(container_id="container_id")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.with_raw_response.delete(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.with_streaming_response.delete(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            await async_client.containers.with_raw_response.delete(container_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.list()
        assert_matches_type(AsyncCursorPage[ContainerListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.list(limit=20, order="desc", after="string", name="string")
        assert_matches_type(AsyncCursorPage[ContainerListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ContainerListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ContainerListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.retrieve(container_id="container_id")
        assert_matches_type(ContainerRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.with_raw_response.retrieve(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ContainerRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.with_streaming_response.retrieve(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ContainerRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            await async_client.containers.with_raw_response.retrieve(container_id="")
