# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncNextCursorPage, SyncNextCursorPage
from openai.types.admin.organization.projects.groups.role_create_response import RoleCreateResponse
from openai.types.admin.organization.projects.groups.role_delete_response import RoleDeleteResponse
from openai.types.admin.organization.projects.groups.role_list_response import RoleListResponse
from openai.types.admin.organization.projects.groups.role_retrieve_response import RoleRetrieveResponse
from tests.utils import assert_matches_type


class TestRoles:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.roles.create(
            project_id="project_id", group_id="group_id", role_id="string"
        )
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.roles.with_raw_response.create(
            project_id="project_id", group_id="group_id", role_id="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.roles.with_streaming_response.create(
            project_id="project_id", group_id="group_id", role_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RoleCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.create(
                project_id="", group_id="group_id", role_id="string"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.create(
                project_id="project_id", group_id="", role_id="string"
            )

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.roles.delete(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.roles.with_raw_response.delete(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.roles.with_streaming_response.delete(
            project_id="project_id", group_id="group_id", role_id="role_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RoleDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.delete(
                project_id="", group_id="group_id", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.delete(
                project_id="project_id", group_id="", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`role_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.delete(
                project_id="project_id", group_id="group_id", role_id=""
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.roles.list(project_id="project_id", group_id="group_id")
        assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.roles.list(
            project_id="project_id", group_id="group_id", limit=1, after="string", order="asc"
        )
        assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.roles.with_raw_response.list(
            project_id="project_id", group_id="group_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.roles.with_streaming_response.list(
            project_id="project_id", group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.list(project_id="", group_id="group_id")

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.list(project_id="project_id", group_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.groups.roles.retrieve(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.groups.roles.with_streaming_response.retrieve(
            project_id="project_id", group_id="group_id", role_id="role_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(RoleRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
                project_id="", group_id="group_id", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
                project_id="project_id", group_id="", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`role_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
                project_id="project_id", group_id="group_id", role_id=""
            )


class TestAsyncRoles:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.roles.create(
            project_id="project_id", group_id="group_id", role_id="string"
        )
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.roles.with_raw_response.create(
            project_id="project_id", group_id="group_id", role_id="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.roles.with_streaming_response.create(
            project_id="project_id", group_id="group_id", role_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RoleCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.create(
                project_id="", group_id="group_id", role_id="string"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.create(
                project_id="project_id", group_id="", role_id="string"
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.roles.delete(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.roles.with_raw_response.delete(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.roles.with_streaming_response.delete(
            project_id="project_id", group_id="group_id", role_id="role_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RoleDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.delete(
                project_id="", group_id="group_id", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.delete(
                project_id="project_id", group_id="", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`role_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.delete(
                project_id="project_id", group_id="group_id", role_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.roles.list(
            project_id="project_id", group_id="group_id"
        )
        assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.roles.list(
            project_id="project_id", group_id="group_id", limit=1, after="string", order="asc"
        )
        assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.roles.with_raw_response.list(
            project_id="project_id", group_id="group_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.roles.with_streaming_response.list(
            project_id="project_id", group_id="group_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.list(
                project_id="", group_id="group_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.list(
                project_id="project_id", group_id=""
            )

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.groups.roles.retrieve(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
            project_id="project_id", group_id="group_id", role_id="role_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.groups.roles.with_streaming_response.retrieve(
            project_id="project_id", group_id="group_id", role_id="role_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(RoleRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
                project_id="", group_id="group_id", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`group_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
                project_id="project_id", group_id="", role_id="role_id"
            )

        with pytest.raises(ValueError, match=r"`role_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.groups.roles.with_raw_response.retrieve(
                project_id="project_id", group_id="group_id", role_id=""
            )
