# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from petstore import AsyncPetstore, Petstore
from petstore.types.pet_photo import PetPhoto
from tests.utils import assert_matches_type


class TestPhoto:
    def test_method_create(self, client: Petstore) -> None:
        result = client.pets.photo.create(pet_id="pet_01HZX3RX", file=b"raw file contents")
        assert_matches_type(PetPhoto, result, path=["response"])

    def test_method_create_with_all_params(self, client: Petstore) -> None:
        result = client.pets.photo.create(pet_id="pet_01HZX3RX", file=b"raw file contents", caption="string")
        assert_matches_type(PetPhoto, result, path=["response"])

    def test_raw_response_create(self, client: Petstore) -> None:
        response = client.pets.photo.with_raw_response.create(pet_id="pet_01HZX3RX", file=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PetPhoto, result, path=["response"])

    def test_streaming_response_create(self, client: Petstore) -> None:
        with client.pets.photo.with_streaming_response.create(
            pet_id="pet_01HZX3RX", file=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(PetPhoto, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            client.pets.photo.with_raw_response.create(pet_id="", file=b"raw file contents")


class TestAsyncPhoto:
    async def test_method_create(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.photo.create(pet_id="pet_01HZX3RX", file=b"raw file contents")
        assert_matches_type(PetPhoto, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.photo.create(
            pet_id="pet_01HZX3RX", file=b"raw file contents", caption="string"
        )
        assert_matches_type(PetPhoto, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.photo.with_raw_response.create(
            pet_id="pet_01HZX3RX", file=b"raw file contents"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PetPhoto, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.photo.with_streaming_response.create(
            pet_id="pet_01HZX3RX", file=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(PetPhoto, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            await async_client.pets.photo.with_raw_response.create(pet_id="", file=b"raw file contents")
