# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.fine_tuning.jobs.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
from tests.utils import assert_matches_type


class TestCheckpoints:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.checkpoints.list(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(SyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.checkpoints.list(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F", after="string", limit=10
        )
        assert_matches_type(SyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.checkpoints.with_raw_response.list(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.checkpoints.with_streaming_response.list(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            client.fine_tuning.jobs.checkpoints.with_raw_response.list(fine_tuning_job_id="")


class TestAsyncCheckpoints:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.checkpoints.list(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(AsyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.checkpoints.list(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F", after="string", limit=10
        )
        assert_matches_type(AsyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.checkpoints.with_raw_response.list(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.checkpoints.with_streaming_response.list(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[FineTuningJobCheckpoint], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.jobs.checkpoints.with_raw_response.list(fine_tuning_job_id="")
