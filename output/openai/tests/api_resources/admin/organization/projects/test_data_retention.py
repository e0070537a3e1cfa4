# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.types.admin.organization.projects.project_data_retention import ProjectDataRetention
from tests.utils import assert_matches_type


class TestDataRetention:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.data_retention.retrieve(project_id="project_id")
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.data_retention.with_raw_response.retrieve(project_id="project_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.data_retention.with_streaming_response.retrieve(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectDataRetention, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.data_retention.with_raw_response.retrieve(project_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.data_retention.update(
            project_id="project_id", retention_type="organization_default"
        )
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.data_retention.with_raw_response.update(
            project_id="project_id", retention_type="organization_default"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.projects.data_retention.with_streaming_response.update(
            project_id="project_id", retention_type="organization_default"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectDataRetention, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.data_retention.with_raw_response.update(
                project_id="", retention_type="organization_default"
            )


class TestAsyncDataRetention:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.data_retention.retrieve(project_id="project_id")
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.data_retention.with_raw_response.retrieve(
            project_id="project_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.data_retention.with_streaming_response.retrieve(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectDataRetention, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.data_retention.with_raw_response.retrieve(project_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.data_retention.update(
            project_id="project_id", retention_type="organization_default"
        )
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.data_retention.with_raw_response.update(
            project_id="project_id", retention_type="organization_default"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectDataRetention, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.data_retention.with_streaming_response.update(
            project_id="project_id", retention_type="organization_default"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectDataRetention, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.data_retention.with_raw_response.update(
                project_id="", retention_type="organization_default"
            )
