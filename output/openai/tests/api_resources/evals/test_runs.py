# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.evals.run_cancel_response import RunCancelResponse
from openai.types.evals.run_create_response import RunCreateResponse
from openai.types.evals.run_delete_response import RunDeleteResponse
from openai.types.evals.run_list_response import RunListResponse
from openai.types.evals.run_retrieve_response import RunRetrieveResponse
from tests.utils import assert_matches_type


class TestRuns:
    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.evals.runs.cancel(eval_id="eval_id", run_id="run_id")
        assert_matches_type(RunCancelResponse, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.cancel(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCancelResponse, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.cancel(eval_id="eval_id", run_id="run_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RunCancelResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.cancel(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.cancel(eval_id="eval_id", run_id="")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.evals.runs.create(
            eval_id="eval_id",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.runs.create(
            eval_id="eval_id",
            name="string",
            metadata={"foo": "string"},
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.create(
            eval_id="eval_id",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.create(
            eval_id="eval_id",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RunCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.create(
                eval_id="",
                data_source={
                    "type": "jsonl",
                    "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
                },
            )

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.evals.runs.delete(eval_id="eval_id", run_id="run_id")
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.delete(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.delete(eval_id="eval_id", run_id="run_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RunDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.delete(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.delete(eval_id="eval_id", run_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.evals.runs.list(eval_id="eval_id")
        assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.runs.list(eval_id="eval_id", after="string", limit=20, order="asc", status="queued")
        assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.list(eval_id="eval_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.list(eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.list(eval_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.evals.runs.retrieve(eval_id="eval_id", run_id="run_id")
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.retrieve(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.retrieve(eval_id="eval_id", run_id="run_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RunRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.retrieve(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            client.evals.runs.with_raw_response.retrieve(eval_id="eval_id", run_id="")


class TestAsyncRuns:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.cancel(eval_id="eval_id", run_id="run_id")
        assert_matches_type(RunCancelResponse, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.cancel(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCancelResponse, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.cancel(
            eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RunCancelResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.cancel(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.cancel(eval_id="eval_id", run_id="")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.create(
            eval_id="eval_id",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.create(
            eval_id="eval_id",
            name="string",
            metadata={"foo": "string"},
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.create(
            eval_id="eval_id",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.create(
            eval_id="eval_id",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
            },
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RunCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.create(
                eval_id="",
                data_source={
                    "type": "jsonl",
                    "source": {"type": "file_content", "content": [{"item": {"foo": {"foo": "bar"}}}]},
                },
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.delete(eval_id="eval_id", run_id="run_id")
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.delete(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.delete(
            eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RunDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.delete(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.delete(eval_id="eval_id", run_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.list(eval_id="eval_id")
        assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.list(
            eval_id="eval_id", after="string", limit=20, order="asc", status="queued"
        )
        assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.list(eval_id="eval_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.list(eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.list(eval_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.retrieve(eval_id="eval_id", run_id="run_id")
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.retrieve(eval_id="eval_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.retrieve(
            eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RunRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`eval_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.retrieve(eval_id="", run_id="run_id")

        with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
            await async_client.evals.runs.with_raw_response.retrieve(eval_id="eval_id", run_id="")
