# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, AsyncPage, SyncConversationCursorPage, SyncPage
from openai.types.fine_tuning.checkpoints.permission_create_response import PermissionCreateResponse
from openai.types.fine_tuning.checkpoints.permission_delete_response import PermissionDeleteResponse
from openai.types.fine_tuning.checkpoints.permission_list_response import PermissionListResponse
from openai.types.fine_tuning.checkpoints.permission_retrieve_response import PermissionRetrieveResponse
from tests.utils import assert_matches_type


class TestPermissions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.create(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", project_ids=["string"]
        )
        assert_matches_type(SyncPage[PermissionCreateResponse], result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.fine_tuning.checkpoints.permissions.with_raw_response.create(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", project_ids=["string"]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[PermissionCreateResponse], result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.fine_tuning.checkpoints.permissions.with_streaming_response.create(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", project_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncPage[PermissionCreateResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.create(
                fine_tuned_model_checkpoint="", project_ids=["string"]
            )

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.delete(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        )
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.fine_tuning.checkpoints.permissions.with_streaming_response.delete(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(PermissionDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                fine_tuned_model_checkpoint="", permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB"
            )

        with pytest.raises(ValueError, match=r"`permission_id` must be a non-empty string, got ''"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", permission_id=""
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F",
            project_id="string",
            after="string",
            limit=10,
            order="descending",
        )
        assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.fine_tuning.checkpoints.permissions.with_raw_response.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.fine_tuning.checkpoints.permissions.with_streaming_response.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.list(fine_tuned_model_checkpoint="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.fine_tuning.checkpoints.permissions.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
            )
        assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.fine_tuning.checkpoints.permissions.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F",
                project_id="string",
                after="string",
                limit=10,
                order="descending",
            )
        assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.fine_tuning.checkpoints.permissions.with_streaming_response.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(PermissionRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
                client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(fine_tuned_model_checkpoint="")


class TestAsyncPermissions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.create(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", project_ids=["string"]
        )
        assert_matches_type(AsyncPage[PermissionCreateResponse], result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.create(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", project_ids=["string"]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[PermissionCreateResponse], result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.create(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", project_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncPage[PermissionCreateResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.create(
                fine_tuned_model_checkpoint="", project_ids=["string"]
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.delete(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        )
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.delete(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(PermissionDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                fine_tuned_model_checkpoint="", permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB"
            )

        with pytest.raises(ValueError, match=r"`permission_id` must be a non-empty string, got ''"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", permission_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F",
            project_id="string",
            after="string",
            limit=10,
            order="descending",
        )
        assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.list(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.list(
                fine_tuned_model_checkpoint=""
            )

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.fine_tuning.checkpoints.permissions.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
            )
        assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.fine_tuning.checkpoints.permissions.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F",
                project_id="string",
                after="string",
                limit=10,
                order="descending",
            )
        assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.retrieve(
                fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(PermissionRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`fine_tuned_model_checkpoint` must be a non-empty string, got ''"):
                await async_client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(
                    fine_tuned_model_checkpoint=""
                )
