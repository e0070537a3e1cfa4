# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.fine_tuning.fine_tuning_job import FineTuningJob
from openai.types.fine_tuning.fine_tuning_job_event import FineTuningJobEvent
from tests.utils import assert_matches_type


class TestJobs:
    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.cancel(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.cancel(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.cancel(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            client.fine_tuning.jobs.with_raw_response.cancel(fine_tuning_job_id="")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-abc123")
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.create(
            model="gpt-4o-mini",
            training_file="file-abc123",
            hyperparameters={"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"},
            suffix="string",
            validation_file="file-abc123",
            integrations=[
                {
                    "type": "wandb",
                    "wandb": {"project": "my-wandb-project", "name": "string", "entity": "string", "tags": ["string"]},
                }
            ],
            seed=42,
            method={
                "type": "supervised",
                "supervised": {
                    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"}
                },
                "dpo": {
                    "hyperparameters": {
                        "beta": "auto",
                        "batch_size": "auto",
                        "learning_rate_multiplier": "auto",
                        "n_epochs": "auto",
                    }
                },
                "reinforcement": {
                    "grader": {
                        "type": "string_check",
                        "name": "string",
                        "input": "string",
                        "reference": "string",
                        "operation": "eq",
                    },
                    "hyperparameters": {
                        "batch_size": "auto",
                        "learning_rate_multiplier": "auto",
                        "n_epochs": "auto",
                        "reasoning_effort": "default",
                        "compute_multiplier": "auto",
                        "eval_interval": "auto",
                        "eval_samples": "auto",
                    },
                },
            },
            metadata={"foo": "string"},
        )
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.create(model="gpt-4o-mini", training_file="file-abc123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.create(
            model="gpt-4o-mini", training_file="file-abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_list(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.list()
        assert_matches_type(SyncCursorPage[FineTuningJob], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.list(after="string", limit=20, metadata={"foo": "string"})
        assert_matches_type(SyncCursorPage[FineTuningJob], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[FineTuningJob], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[FineTuningJob], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_list_events(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.list_events(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(SyncCursorPage[FineTuningJobEvent], result, path=["response"])

    def test_method_list_events_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.list_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F", after="string", limit=20
        )
        assert_matches_type(SyncCursorPage[FineTuningJobEvent], result, path=["response"])

    def test_raw_response_list_events(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.list_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[FineTuningJobEvent], result, path=["response"])

    def test_streaming_response_list_events(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.list_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[FineTuningJobEvent], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list_events(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            client.fine_tuning.jobs.with_raw_response.list_events(fine_tuning_job_id="")

    def test_method_pause(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.pause(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_raw_response_pause(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.pause(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_streaming_response_pause(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.pause(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_pause(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            client.fine_tuning.jobs.with_raw_response.pause(fine_tuning_job_id="")

    def test_method_resume(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.resume(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_raw_response_resume(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.resume(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_streaming_response_resume(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.resume(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_resume(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            client.fine_tuning.jobs.with_raw_response.resume(fine_tuning_job_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.fine_tuning.jobs.retrieve(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.fine_tuning.jobs.with_raw_response.retrieve(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.fine_tuning.jobs.with_streaming_response.retrieve(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            client.fine_tuning.jobs.with_raw_response.retrieve(fine_tuning_job_id="")


class TestAsyncJobs:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.cancel(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.cancel(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.cancel(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.jobs.with_raw_response.cancel(fine_tuning_job_id="")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-abc123")
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.create(
            model="gpt-4o-mini",
            training_file="file-abc123",
            hyperparameters={"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"},
            suffix="string",
            validation_file="file-abc123",
            integrations=[
                {
                    "type": "wandb",
                    "wandb": {"project": "my-wandb-project", "name": "string", "entity": "string", "tags": ["string"]},
                }
            ],
            seed=42,
            method={
                "type": "supervised",
                "supervised": {
                    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"}
                },
                "dpo": {
                    "hyperparameters": {
                        "beta": "auto",
                        "batch_size": "auto",
                        "learning_rate_multiplier": "auto",
                        "n_epochs": "auto",
                    }
                },
                "reinforcement": {
                    "grader": {
                        "type": "string_check",
                        "name": "string",
                        "input": "string",
                        "reference": "string",
                        "operation": "eq",
                    },
                    "hyperparameters": {
                        "batch_size": "auto",
                        "learning_rate_multiplier": "auto",
                        "n_epochs": "auto",
                        "reasoning_effort": "default",
                        "compute_multiplier": "auto",
                        "eval_interval": "auto",
                        "eval_samples": "auto",
                    },
                },
            },
            metadata={"foo": "string"},
        )
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.create(
            model="gpt-4o-mini", training_file="file-abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.create(
            model="gpt-4o-mini", training_file="file-abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.list()
        assert_matches_type(AsyncCursorPage[FineTuningJob], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.list(after="string", limit=20, metadata={"foo": "string"})
        assert_matches_type(AsyncCursorPage[FineTuningJob], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[FineTuningJob], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[FineTuningJob], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_list_events(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.list_events(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(AsyncCursorPage[FineTuningJobEvent], result, path=["response"])

    async def test_method_list_events_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.list_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F", after="string", limit=20
        )
        assert_matches_type(AsyncCursorPage[FineTuningJobEvent], result, path=["response"])

    async def test_raw_response_list_events(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.list_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[FineTuningJobEvent], result, path=["response"])

    async def test_streaming_response_list_events(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.list_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[FineTuningJobEvent], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_events(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.jobs.with_raw_response.list_events(fine_tuning_job_id="")

    async def test_method_pause(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.pause(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_raw_response_pause(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.pause(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_streaming_response_pause(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.pause(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_pause(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.jobs.with_raw_response.pause(fine_tuning_job_id="")

    async def test_method_resume(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.resume(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_raw_response_resume(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.resume(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_streaming_response_resume(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.resume(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_resume(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.jobs.with_raw_response.resume(fine_tuning_job_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.jobs.retrieve(fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.jobs.with_raw_response.retrieve(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FineTuningJob, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.jobs.with_streaming_response.retrieve(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FineTuningJob, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuning_job_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.jobs.with_raw_response.retrieve(fine_tuning_job_id="")
