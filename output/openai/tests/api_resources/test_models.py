# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncPage, SyncPage
from openai.types.model import Model
from openai.types.model_deleted import ModelDeleted
from tests.utils import assert_matches_type


class TestModels:
    def test_method_delete(self, client: OpenAI) -> None:
        result = client.models.delete(model="ft:gpt-4o-mini:acemeco:suffix:abc123")
        assert_matches_type(ModelDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.models.with_raw_response.delete(model="ft:gpt-4o-mini:acemeco:suffix:abc123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ModelDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.models.with_streaming_response.delete(model="ft:gpt-4o-mini:acemeco:suffix:abc123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ModelDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`model` must be a non-empty string, got ''"):
            client.models.with_raw_response.delete(model="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.models.list()
        assert_matches_type(SyncPage[Model], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.models.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[Model], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.models.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncPage[Model], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.models.retrieve(model="gpt-4o-mini")
        assert_matches_type(Model, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.models.with_raw_response.retrieve(model="gpt-4o-mini")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Model, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.models.with_streaming_response.retrieve(model="gpt-4o-mini") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Model, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`model` must be a non-empty string, got ''"):
            client.models.with_raw_response.retrieve(model="")


class TestAsyncModels:
    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.models.delete(model="ft:gpt-4o-mini:acemeco:suffix:abc123")
        assert_matches_type(ModelDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.models.with_raw_response.delete(model="ft:gpt-4o-mini:acemeco:suffix:abc123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ModelDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.models.with_streaming_response.delete(
            model="ft:gpt-4o-mini:acemeco:suffix:abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ModelDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`model` must be a non-empty string, got ''"):
            await async_client.models.with_raw_response.delete(model="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.models.list()
        assert_matches_type(AsyncPage[Model], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.models.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[Model], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.models.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncPage[Model], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.models.retrieve(model="gpt-4o-mini")
        assert_matches_type(Model, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.models.with_raw_response.retrieve(model="gpt-4o-mini")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Model, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.models.with_streaming_response.retrieve(model="gpt-4o-mini") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Model, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`model` must be a non-empty string, got ''"):
            await async_client.models.with_raw_response.retrieve(model="")
