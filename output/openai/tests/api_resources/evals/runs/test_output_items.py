# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.evals.runs.output_item_list_response import OutputItemListResponse
from openai.types.evals.runs.output_item_retrieve_response import OutputItemRetrieveResponse
from tests.utils import assert_matches_type


class TestOutputItems:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.evals.runs.output_items.list(eval_id="eval_id", run_id="run_id")
        assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.runs.output_items.list(
            eval_id="eval_id", run_id="run_id", after="string", limit=20, status="fail", order="asc"
        )
        assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.evals.runs.output_items.with_raw_response.list(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.evals.runs.output_items.with_streaming_response.list(
            eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.output_items.with_raw_response.list(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            client.evals.runs.output_items.with_raw_response.list(eval_id="eval_id", run_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.evals.runs.output_items.retrieve(
            eval_id="eval_id", run_id="run_id", output_item_id="output_item_id"
        )
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.evals.runs.output_items.with_raw_response.retrieve(
            eval_id="eval_id", run_id="run_id", output_item_id="output_item_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.evals.runs.output_items.with_streaming_response.retrieve(
            eval_id="eval_id", run_id="run_id", output_item_id="output_item_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.output_items.with_raw_response.retrieve(
                eval_id="", run_id="run_id", output_item_id="output_item_id"
            )

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            client.evals.runs.output_items.with_raw_response.retrieve(
                eval_id="eval_id", run_id="", output_item_id="output_item_id"
            )

        with pytest.raises(ValueError, match=r"`output_item_id` must be a non-empty string, got ''"):
            client.evals.runs.output_items.with_raw_response.retrieve(
                eval_id="eval_id", run_id="run_id", output_item_id=""
            )


class TestAsyncOutputItems:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.output_items.list(eval_id="eval_id", run_id="run_id")
        assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.output_items.list(
            eval_id="eval_id", run_id="run_id", after="string", limit=20, status="fail", order="asc"
        )
        assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.output_items.with_raw_response.list(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.output_items.with_streaming_response.list(
            eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.output_items.with_raw_response.list(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.output_items.with_raw_response.list(eval_id="eval_id", run_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.output_items.retrieve(
            eval_id="eval_id", run_id="run_id", output_item_id="output_item_id"
        )
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.output_items.with_raw_response.retrieve(
            eval_id="eval_id", run_id="run_id", output_item_id="output_item_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.output_items.with_streaming_response.retrieve(
            eval_id="eval_id", run_id="run_id", output_item_id="output_item_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.output_items.with_raw_response.retrieve(
                eval_id="", run_id="run_id", output_item_id="output_item_id"
            )

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.output_items.with_raw_response.retrieve(
                eval_id="eval_id", run_id="", output_item_id="output_item_id"
            )

        with pytest.raises(ValueError, match=r"`output_item_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.output_items.with_raw_response.retrieve(
                eval_id="eval_id", run_id="run_id", output_item_id=""
            )
