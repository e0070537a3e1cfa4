# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, cast

import pytest

from petstore import AsyncPetstore, Petstore
from petstore._streaming import AsyncStream, Stream
from petstore.pagination import AsyncCursorPage, SyncCursorPage
from petstore.types.pet import Pet
from petstore.types.pet_activity import PetActivity
from petstore.types.pet_activity_chunk import PetActivityChunk
from petstore.types.pet_deleted import PetDeleted
from petstore.types.vaccination import Vaccination
from tests.utils import assert_matches_type


class TestPets:
    def test_method_list(self, client: Petstore) -> None:
        result = client.pets.list()
        assert_matches_type(SyncCursorPage[Pet], result, path=["response"])

    def test_method_list_with_all_params(self, client: Petstore) -> None:
        result = client.pets.list(after="string", limit=20, status="available", order="desc")
        assert_matches_type(SyncCursorPage[Pet], result, path=["response"])

    def test_raw_response_list(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Pet], result, path=["response"])

    def test_streaming_response_list(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[Pet], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_create(self, client: Petstore) -> None:
        result = client.pets.create(name="string", species="dog")
        assert_matches_type(Pet, result, path=["response"])

    def test_method_create_with_all_params(self, client: Petstore) -> None:
        result = client.pets.create(
            name="string",
            species="dog",
            status="available",
            size=1,
            tags=["stri", "stri"],
            nickname="Rex",
            microchip_id="985112345678901",
            photo_url="https://example.com",
            weight_kg=0.5,
            adoption_fee_cents=500,
            litter_size=1,
            contact={"email": "string"},
            birth_date=date(2019, 12, 27),
            owner_id="string",
            class_="mammal",
            from_="string",
            metadata={"foo": "string"},
            category_id="string",
            idempotency_key="5f1c2a7e-1d2b-4c1a-9f0e-3a1b2c3d4e5f",
        )
        assert_matches_type(Pet, result, path=["response"])

    def test_raw_response_create(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.create(name="string", species="dog")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Pet, result, path=["response"])

    def test_streaming_response_create(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.create(name="string", species="dog") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Pet, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: Petstore) -> None:
        result = client.pets.retrieve(pet_id="pet_01HZX3RX")
        assert_matches_type(Pet, result, path=["response"])

    def test_raw_response_retrieve(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.retrieve(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Pet, result, path=["response"])

    def test_streaming_response_retrieve(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.retrieve(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Pet, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            client.pets.with_raw_response.retrieve(pet_id="")

    def test_method_update(self, client: Petstore) -> None:
        result = client.pets.update(pet_id="pet_01HZX3RX")
        assert_matches_type(Pet, result, path=["response"])

    def test_method_update_with_all_params(self, client: Petstore) -> None:
        result = client.pets.update(
            pet_id="pet_01HZX3RX",
            name="string",
            status="available",
            nickname="string",
            tags=["string"],
            metadata={"foo": "string"},
            legacy_tag_id=1,
        )
        assert_matches_type(Pet, result, path=["response"])

    def test_raw_response_update(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.update(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Pet, result, path=["response"])

    def test_streaming_response_update(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.update(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Pet, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            client.pets.with_raw_response.update(pet_id="")

    def test_method_delete(self, client: Petstore) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.pets.delete(pet_id="pet_01HZX3RX")
        assert_matches_type(PetDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: Petstore) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.pets.with_raw_response.delete(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PetDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: Petstore) -> None:
        with pytest.warns(DeprecationWarning):
            with client.pets.with_streaming_response.delete(pet_id="pet_01HZX3RX") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(PetDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: Petstore) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
                client.pets.with_raw_response.delete(pet_id="")

    def test_method_vaccinate(self, client: Petstore) -> None:
        result = client.pets.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
        )
        assert_matches_type(Vaccination, result, path=["response"])

    def test_method_vaccinate_with_all_params(self, client: Petstore) -> None:
        result = client.pets.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
            administered_at=datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc),
            notes="string",
        )
        assert_matches_type(Vaccination, result, path=["response"])

    def test_raw_response_vaccinate(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Vaccination, result, path=["response"])

    def test_streaming_response_vaccinate(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Vaccination, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_vaccinate(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            client.pets.with_raw_response.vaccinate(
                pet_id="",
                vaccine="string",
                administered_by={"type": "vet", "name": "string", "license_number": "string"},
            )

    def test_method_events(self, client: Petstore) -> None:
        result = client.pets.events(pet_id="pet_01HZX3RX")
        assert_matches_type(PetActivity, result, path=["response"])

    def test_method_events_with_all_params(self, client: Petstore) -> None:
        result = client.pets.events(
            pet_id="pet_01HZX3RX",
            kinds=["walk"],
            since=datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc),
            limit=50,
            stream=False,
        )
        assert_matches_type(PetActivity, result, path=["response"])

    def test_raw_response_events(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.events(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PetActivity, result, path=["response"])

    def test_streaming_response_events(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.events(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(PetActivity, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_events_stream(self, client: Petstore) -> None:
        stream = client.pets.events(pet_id="pet_01HZX3RX", stream=True)
        assert_matches_type(Stream[PetActivityChunk], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(PetActivityChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    def test_method_events_stream_with_all_params(self, client: Petstore) -> None:
        stream = client.pets.events(
            pet_id="pet_01HZX3RX",
            kinds=["walk"],
            since=datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc),
            limit=50,
            stream=True,
        )
        assert_matches_type(Stream[PetActivityChunk], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(PetActivityChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    def test_raw_response_events_stream(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.events(pet_id="pet_01HZX3RX", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[PetActivityChunk], stream, path=["response"])
        stream.close()

    def test_streaming_response_events_stream(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.events(pet_id="pet_01HZX3RX", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[PetActivityChunk], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True

    def test_path_params_events(self, client: Petstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            client.pets.with_raw_response.events(pet_id="")


class TestAsyncPets:
    async def test_method_list(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.list()
        assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.list(after="string", limit=20, status="available", order="desc")
        assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[Pet], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_create(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.create(name="string", species="dog")
        assert_matches_type(Pet, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.create(
            name="string",
            species="dog",
            status="available",
            size=1,
            tags=["stri", "stri"],
            nickname="Rex",
            microchip_id="985112345678901",
            photo_url="https://example.com",
            weight_kg=0.5,
            adoption_fee_cents=500,
            litter_size=1,
            contact={"email": "string"},
            birth_date=date(2019, 12, 27),
            owner_id="string",
            class_="mammal",
            from_="string",
            metadata={"foo": "string"},
            category_id="string",
            idempotency_key="5f1c2a7e-1d2b-4c1a-9f0e-3a1b2c3d4e5f",
        )
        assert_matches_type(Pet, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.create(name="string", species="dog")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Pet, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.create(name="string", species="dog") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Pet, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.retrieve(pet_id="pet_01HZX3RX")
        assert_matches_type(Pet, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.retrieve(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Pet, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.retrieve(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Pet, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            await async_client.pets.with_raw_response.retrieve(pet_id="")

    async def test_method_update(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.update(pet_id="pet_01HZX3RX")
        assert_matches_type(Pet, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.update(
            pet_id="pet_01HZX3RX",
            name="string",
            status="available",
            nickname="string",
            tags=["string"],
            metadata={"foo": "string"},
            legacy_tag_id=1,
        )
        assert_matches_type(Pet, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.update(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Pet, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.update(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Pet, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            await async_client.pets.with_raw_response.update(pet_id="")

    async def test_method_delete(self, async_client: AsyncPetstore) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.pets.delete(pet_id="pet_01HZX3RX")
        assert_matches_type(PetDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncPetstore) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.pets.with_raw_response.delete(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PetDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncPetstore) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.pets.with_streaming_response.delete(pet_id="pet_01HZX3RX") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(PetDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncPetstore) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
                await async_client.pets.with_raw_response.delete(pet_id="")

    async def test_method_vaccinate(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
        )
        assert_matches_type(Vaccination, result, path=["response"])

    async def test_method_vaccinate_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
            administered_at=datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc),
            notes="string",
        )
        assert_matches_type(Vaccination, result, path=["response"])

    async def test_raw_response_vaccinate(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Vaccination, result, path=["response"])

    async def test_streaming_response_vaccinate(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.vaccinate(
            pet_id="pet_01HZX3RX",
            vaccine="string",
            administered_by={"type": "vet", "name": "string", "license_number": "string"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Vaccination, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_vaccinate(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            await async_client.pets.with_raw_response.vaccinate(
                pet_id="",
                vaccine="string",
                administered_by={"type": "vet", "name": "string", "license_number": "string"},
            )

    async def test_method_events(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.events(pet_id="pet_01HZX3RX")
        assert_matches_type(PetActivity, result, path=["response"])

    async def test_method_events_with_all_params(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.events(
            pet_id="pet_01HZX3RX",
            kinds=["walk"],
            since=datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc),
            limit=50,
            stream=False,
        )
        assert_matches_type(PetActivity, result, path=["response"])

    async def test_raw_response_events(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.events(pet_id="pet_01HZX3RX")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(PetActivity, result, path=["response"])

    async def test_streaming_response_events(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.events(pet_id="pet_01HZX3RX") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(PetActivity, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_events_stream(self, async_client: AsyncPetstore) -> None:
        stream = await async_client.pets.events(pet_id="pet_01HZX3RX", stream=True)
        assert_matches_type(AsyncStream[PetActivityChunk], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(PetActivityChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    async def test_method_events_stream_with_all_params(self, async_client: AsyncPetstore) -> None:
        stream = await async_client.pets.events(
            pet_id="pet_01HZX3RX",
            kinds=["walk"],
            since=datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc),
            limit=50,
            stream=True,
        )
        assert_matches_type(AsyncStream[PetActivityChunk], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(PetActivityChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    async def test_raw_response_events_stream(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.events(pet_id="pet_01HZX3RX", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[PetActivityChunk], stream, path=["response"])
        await stream.close()

    async def test_streaming_response_events_stream(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.events(pet_id="pet_01HZX3RX", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[PetActivityChunk], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_path_params_events(self, async_client: AsyncPetstore) -> None:
        with pytest.raises(ValueError, match=r"`pet_id` must be a non-empty string, got ''"):
            await async_client.pets.with_raw_response.events(pet_id="")
