# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.responses.response_item import ResponseItem
from tests.utils import assert_matches_type


class TestInputItems:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.responses.input_items.list(response_id="response_id")
        assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.responses.input_items.list(
            response_id="response_id", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.responses.input_items.with_raw_response.list(response_id="response_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.responses.input_items.with_streaming_response.list(response_id="response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            client.responses.input_items.with_raw_response.list(response_id="")


class TestAsyncInputItems:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.input_items.list(response_id="response_id")
        assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.input_items.list(
            response_id="response_id", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.input_items.with_raw_response.list(response_id="response_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.input_items.with_streaming_response.list(
            response_id="response_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            await async_client.responses.input_items.with_raw_response.list(response_id="")
