# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta.threads.runs.run_step import RunStep
from tests.utils import assert_matches_type


class TestSteps:
    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.list(thread_id="thread_id", run_id="run_id")
        assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.list(
                thread_id="thread_id",
                run_id="run_id",
                limit=20,
                order="desc",
                after="string",
                before="string",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
        assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.steps.with_raw_response.list(thread_id="thread_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.steps.with_streaming_response.list(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.steps.with_raw_response.list(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.steps.with_raw_response.list(thread_id="thread_id", run_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.retrieve(thread_id="thread_id", run_id="run_id", step_id="step_id")
        assert_matches_type(RunStep, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.retrieve(
                thread_id="thread_id",
                run_id="run_id",
                step_id="step_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
        assert_matches_type(RunStep, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.steps.with_raw_response.retrieve(
                thread_id="thread_id", run_id="run_id", step_id="step_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunStep, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.steps.with_streaming_response.retrieve(
                thread_id="thread_id", run_id="run_id", step_id="step_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(RunStep, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.steps.with_raw_response.retrieve(
                    thread_id="", run_id="run_id", step_id="step_id"
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.steps.with_raw_response.retrieve(
                    thread_id="thread_id", run_id="", step_id="step_id"
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`step_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.steps.with_raw_response.retrieve(
                    thread_id="thread_id", run_id="run_id", step_id=""
                )


class TestAsyncSteps:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.list(thread_id="thread_id", run_id="run_id")
        assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.list(
                thread_id="thread_id",
                run_id="run_id",
                limit=20,
                order="desc",
                after="string",
                before="string",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
        assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.steps.with_raw_response.list(
                thread_id="thread_id", run_id="run_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.steps.with_streaming_response.list(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.steps.with_raw_response.list(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.steps.with_raw_response.list(thread_id="thread_id", run_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.retrieve(
                thread_id="thread_id", run_id="run_id", step_id="step_id"
            )
        assert_matches_type(RunStep, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.retrieve(
                thread_id="thread_id",
                run_id="run_id",
                step_id="step_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
        assert_matches_type(RunStep, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                thread_id="thread_id", run_id="run_id", step_id="step_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunStep, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.steps.with_streaming_response.retrieve(
                thread_id="thread_id", run_id="run_id", step_id="step_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(RunStep, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                    thread_id="", run_id="run_id", step_id="step_id"
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                    thread_id="thread_id", run_id="", step_id="step_id"
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`step_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                    thread_id="thread_id", run_id="run_id", step_id=""
                )
