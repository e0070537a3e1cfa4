# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from petstore import AsyncPetstore, Petstore
from petstore.pagination import AsyncCursorPage, SyncCursorPage
from petstore.types.pet import Pet
from tests.utils import assert_matches_type


class TestPets:
    def test_method_list(self, client: Petstore) -> None:
        result = client.owners.pets.list(owner_id="own_42")
        assert_matches_type(SyncCursorPage[Pet], result, path=["response"])

    def test_method_list_with_all_params(self, client: Petstore) -> None:
        result = client.owners.pets.list(owner_id="own_42", after="string", limit=20)
        assert_matches_type(SyncCursorPage[Pet], result, path=["response"])

    def test_raw_response_list(self, client: Petstore) -> None:
        response = client.owners.pets.with_raw_response.list(owner_id="own_42")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Pet], result, path=["response"])

    def test_streaming_response_list(self, client: Petstore) -> None:
        with client.owners.pets.with_streaming_response.list(owner_id="own_42") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[Pet], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`owner_id` must be a non-empty string, got ''"):
            client.owners.pets.with_raw_response.list(owner_id="")


class TestAsyncPets:
    async def test_method_list(self, async_client: AsyncPetstore) -> None:
        result = await async_client.owners.pets.list(owner_id="own_42")
        assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.owners.pets.list(owner_id="own_42", after="string", limit=20)
        assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncPetstore) -> None:
        response = await async_client.owners.pets.with_raw_response.list(owner_id="own_42")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncPetstore) -> None:
        async with async_client.owners.pets.with_streaming_response.list(owner_id="own_42") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`owner_id` must be a non-empty string, got ''"):
            await async_client.owners.pets.with_raw_response.list(owner_id="")
