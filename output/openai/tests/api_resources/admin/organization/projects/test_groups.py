# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncNextCursorPage, SyncNextCursorPage
from openai.types.admin.organization.projects.group_delete_response import GroupDeleteResponse
from openai.types.admin.organization.projects.project_group import ProjectGroup
from tests.utils import assert_matches_type


class TestGroups:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.create(
            project_id="project_id", group_id="string", role="string"
        )
        assert_matches_type(ProjectGroup, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.with_raw_response.create(
            project_id="project_id", group_id="string", role="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectGroup, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.with_streaming_response.create(
            project_id="project_id", group_id="string", role="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectGroup, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.with_raw_response.create(
                project_id="", group_id="string", role="string"
            )

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.delete(project_id="project_id", group_id="group_id")
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.with_raw_response.delete(
            project_id="project_id", group_id="group_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.with_streaming_response.delete(
            project_id="project_id", group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(GroupDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.with_raw_response.delete(project_id="", group_id="group_id")

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.with_raw_response.delete(project_id="project_id", group_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.list(project_id="project_id")
        assert_matches_type(SyncNextCursorPage[ProjectGroup], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.list(
            project_id="project_id", limit=20, after="string", order="asc"
        )
        assert_matches_type(SyncNextCursorPage[ProjectGroup], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.with_raw_response.list(project_id="project_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncNextCursorPage[ProjectGroup], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.with_streaming_response.list(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncNextCursorPage[ProjectGroup], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.with_raw_response.list(project_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.retrieve(project_id="project_id", group_id="group_id")
        assert_matches_type(ProjectGroup, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.retrieve(
            project_id="project_id", group_id="group_id", group_type="group"
        )
        assert_matches_type(ProjectGroup, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.with_raw_response.retrieve(
            project_id="project_id", group_id="group_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectGroup, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.with_streaming_response.retrieve(
            project_id="project_id", group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectGroup, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.with_raw_response.retrieve(project_id="", group_id="group_id")

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.with_raw_response.retrieve(project_id="project_id", group_id="")


class TestAsyncGroups:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.create(
            project_id="project_id", group_id="string", role="string"
        )
        assert_matches_type(ProjectGroup, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.with_raw_response.create(
            project_id="project_id", group_id="string", role="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectGroup, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.with_streaming_response.create(
            project_id="project_id", group_id="string", role="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectGroup, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.with_raw_response.create(
                project_id="", group_id="string", role="string"
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.delete(
            project_id="project_id", group_id="group_id"
        )
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.with_raw_response.delete(
            project_id="project_id", group_id="group_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(GroupDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.with_streaming_response.delete(
            project_id="project_id", group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(GroupDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.with_raw_response.delete(
                project_id="", group_id="group_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.with_raw_response.delete(
                project_id="project_id", group_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.list(project_id="project_id")
        assert_matches_type(AsyncNextCursorPage[ProjectGroup], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.list(
            project_id="project_id", limit=20, after="string", order="asc"
        )
        assert_matches_type(AsyncNextCursorPage[ProjectGroup], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.with_raw_response.list(project_id="project_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncNextCursorPage[ProjectGroup], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.with_streaming_response.list(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncNextCursorPage[ProjectGroup], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.with_raw_response.list(project_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.retrieve(
            project_id="project_id", group_id="group_id"
        )
        assert_matches_type(ProjectGroup, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.retrieve(
            project_id="project_id", group_id="group_id", group_type="group"
        )
        assert_matches_type(ProjectGroup, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.with_raw_response.retrieve(
            project_id="project_id", group_id="group_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectGroup, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.with_streaming_response.retrieve(
            project_id="project_id", group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectGroup, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.with_raw_response.retrieve(
                project_id="", group_id="group_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.with_raw_response.retrieve(
                project_id="project_id", group_id=""
            )
