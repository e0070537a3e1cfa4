# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from petstore import AsyncPetstore, Petstore
from petstore._response import HttpxBinaryResponseContent
from tests.utils import assert_matches_type


class TestContent:
    def test_method_retrieve(self, client: Petstore) -> None:
        result = client.pets.photo.content.retrieve(pet_id="pet_01HZX3RX")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_raw_response_retrieve(self, client: Petstore) -> None:
        response = client.pets.photo.content.with_raw_response.retrieve(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_streaming_response_retrieve(self, client: Petstore) -> None:
        with client.pets.photo.content.with_streaming_response.retrieve(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            client.pets.photo.content.with_raw_response.retrieve(pet_id="")


class TestAsyncContent:
    async def test_method_retrieve(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.photo.content.retrieve(pet_id="pet_01HZX3RX")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_raw_response_retrieve(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.photo.content.with_raw_response.retrieve(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_streaming_response_retrieve(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.photo.content.with_streaming_response.retrieve(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            await async_client.pets.photo.content.with_raw_response.retrieve(pet_id="")
