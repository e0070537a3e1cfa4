# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.admin.organization.projects.project_service_account import ProjectServiceAccount
from openai.types.admin.organization.projects.service_account_create_response import ServiceAccountCreateResponse
from openai.types.admin.organization.projects.service_account_delete_response import ServiceAccountDeleteResponse
from tests.utils import assert_matches_type


class TestServiceAccounts:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.create(project_id="project_id", name="string")
        assert_matches_type(ServiceAccountCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.service_accounts.with_raw_response.create(
            project_id="project_id", name="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ServiceAccountCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.service_accounts.with_streaming_response.create(
            project_id="project_id", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ServiceAccountCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.create(project_id="", name="string")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.delete(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert_matches_type(ServiceAccountDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.service_accounts.with_raw_response.delete(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ServiceAccountDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.projects.service_accounts.with_streaming_response.delete(
            project_id="project_id", service_account_id="service_account_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ServiceAccountDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.delete(
                project_id="", service_account_id="service_account_id"
            )

        with pytest.raises(ValueError, match=r"`service_account_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.delete(
                project_id="project_id", service_account_id=""
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.list(project_id="project_id")
        assert_matches_type(SyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.list(
            project_id="project_id", limit=20, after="string"
        )
        assert_matches_type(SyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.service_accounts.with_raw_response.list(project_id="project_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.service_accounts.with_streaming_response.list(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.list(project_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.retrieve(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.service_accounts.with_raw_response.retrieve(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.service_accounts.with_streaming_response.retrieve(
            project_id="project_id", service_account_id="service_account_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectServiceAccount, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.retrieve(
                project_id="", service_account_id="service_account_id"
            )

        with pytest.raises(ValueError, match=r"`service_account_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.retrieve(
                project_id="project_id", service_account_id=""
            )

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.update(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.update(
            project_id="project_id", service_account_id="service_account_id", name="string", role="member"
        )
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.service_accounts.with_raw_response.update(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.projects.service_accounts.with_streaming_response.update(
            project_id="project_id", service_account_id="service_account_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectServiceAccount, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.update(
                project_id="", service_account_id="service_account_id"
            )

        with pytest.raises(ValueError, match=r"`service_account_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.service_accounts.with_raw_response.update(
                project_id="project_id", service_account_id=""
            )


class TestAsyncServiceAccounts:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.create(
            project_id="project_id", name="string"
        )
        assert_matches_type(ServiceAccountCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.service_accounts.with_raw_response.create(
            project_id="project_id", name="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ServiceAccountCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.service_accounts.with_streaming_response.create(
            project_id="project_id", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ServiceAccountCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.create(
                project_id="", name="string"
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.delete(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert_matches_type(ServiceAccountDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.service_accounts.with_raw_response.delete(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ServiceAccountDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.service_accounts.with_streaming_response.delete(
            project_id="project_id", service_account_id="service_account_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ServiceAccountDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.delete(
                project_id="", service_account_id="service_account_id"
            )

        with pytest.raises(ValueError, match=r"`service_account_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.delete(
                project_id="project_id", service_account_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.list(project_id="project_id")
        assert_matches_type(AsyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.list(
            project_id="project_id", limit=20, after="string"
        )
        assert_matches_type(AsyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.service_accounts.with_raw_response.list(
            project_id="project_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.service_accounts.with_streaming_response.list(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ProjectServiceAccount], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.list(project_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.retrieve(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.service_accounts.with_raw_response.retrieve(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.service_accounts.with_streaming_response.retrieve(
            project_id="project_id", service_account_id="service_account_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectServiceAccount, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.retrieve(
                project_id="", service_account_id="service_account_id"
            )

        with pytest.raises(ValueError, match=r"`service_account_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.retrieve(
                project_id="project_id", service_account_id=""
            )

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.update(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.update(
            project_id="project_id", service_account_id="service_account_id", name="string", role="member"
        )
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.service_accounts.with_raw_response.update(
            project_id="project_id", service_account_id="service_account_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectServiceAccount, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.service_accounts.with_streaming_response.update(
            project_id="project_id", service_account_id="service_account_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectServiceAccount, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.update(
                project_id="", service_account_id="service_account_id"
            )

        with pytest.raises(ValueError, match=r"`service_account_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.service_accounts.with_raw_response.update(
                project_id="project_id", service_account_id=""
            )
