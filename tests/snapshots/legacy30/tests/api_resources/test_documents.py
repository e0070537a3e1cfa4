# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from legacy_inventory import AsyncLegacyInventory, LegacyInventory
from legacy_inventory.types.document import Document
from tests.utils import assert_matches_type


class TestDocuments:
    def test_method_retrieve(self, client: LegacyInventory) -> None:
        result = client.documents.retrieve(document_key="reports/2024 Q1#draft?v=2 100% für")
        assert_matches_type(Document, result, path=["response"])

    def test_raw_response_retrieve(self, client: LegacyInventory) -> None:
        response = client.documents.with_raw_response.retrieve(document_key="reports/2024 Q1#draft?v=2 100% für")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Document, result, path=["response"])

    def test_streaming_response_retrieve(self, client: LegacyInventory) -> None:
        with client.documents.with_streaming_response.retrieve(
            document_key="reports/2024 Q1#draft?v=2 100% für"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Document, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: LegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`document_key` must be a non-empty string, got ''"):
            client.documents.with_raw_response.retrieve(document_key="")


class TestAsyncDocuments:
    async def test_method_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.documents.retrieve(document_key="reports/2024 Q1#draft?v=2 100% für")
        assert_matches_type(Document, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        response = await async_client.documents.with_raw_response.retrieve(
            document_key="reports/2024 Q1#draft?v=2 100% für"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Document, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        async with async_client.documents.with_streaming_response.retrieve(
            document_key="reports/2024 Q1#draft?v=2 100% für"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Document, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`document_key` must be a non-empty string, got ''"):
            await async_client.documents.with_raw_response.retrieve(document_key="")
