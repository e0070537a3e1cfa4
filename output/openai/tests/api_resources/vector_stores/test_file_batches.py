# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.vector_stores.vector_store_file import VectorStoreFile
from openai.types.vector_stores.vector_store_file_batch import VectorStoreFileBatch
from tests.utils import assert_matches_type


class TestFileBatches:
    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.cancel(vector_store_id="vector_store_id", batch_id="batch_id")
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.cancel(
            vector_store_id="vector_store_id", batch_id="batch_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.cancel(
            vector_store_id="vector_store_id", batch_id="batch_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.cancel(vector_store_id="", batch_id="batch_id")

        with pytest.raises(ValueError, match=r"`batch_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.cancel(vector_store_id="vector_store_id", batch_id="")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.create(vector_store_id="vs_abc123", file_ids=["string"])
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.create(
            vector_store_id="vs_abc123",
            file_ids=["string"],
            chunking_strategy={"type": "auto"},
            attributes={"foo": "string"},
        )
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.create(
            vector_store_id="vs_abc123", file_ids=["string"]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.create(
            vector_store_id="vs_abc123", file_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.create(vector_store_id="", file_ids=["string"])

    def test_method_list_files(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.list_files(vector_store_id="vector_store_id", batch_id="batch_id")
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_method_list_files_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.list_files(
            vector_store_id="vector_store_id",
            batch_id="batch_id",
            limit=20,
            order="desc",
            after="string",
            before="string",
            filter="in_progress",
        )
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_raw_response_list_files(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.list_files(
            vector_store_id="vector_store_id", batch_id="batch_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_streaming_response_list_files(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.list_files(
            vector_store_id="vector_store_id", batch_id="batch_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list_files(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.list_files(vector_store_id="", batch_id="batch_id")

        with pytest.raises(ValueError, match=r"`batch_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.list_files(
                vector_store_id="vector_store_id", batch_id=""
            )

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.retrieve(vector_store_id="vs_abc123", batch_id="vsfb_abc123")
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.retrieve(
            vector_store_id="vs_abc123", batch_id="vsfb_abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.retrieve(
            vector_store_id="vs_abc123", batch_id="vsfb_abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.retrieve(vector_store_id="", batch_id="vsfb_abc123")

        with pytest.raises(ValueError, match=r"`batch_id` must be a non-empty string, got ''"):
            client.vector_stores.file_batches.with_raw_response.retrieve(vector_store_id="vs_abc123", batch_id="")


class TestAsyncFileBatches:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.cancel(
            vector_store_id="vector_store_id", batch_id="batch_id"
        )
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.cancel(
            vector_store_id="vector_store_id", batch_id="batch_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.cancel(
            vector_store_id="vector_store_id", batch_id="batch_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.cancel(
                vector_store_id="", batch_id="batch_id"
            )

        with pytest.raises(ValueError, match=r"`batch_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.cancel(
                vector_store_id="vector_store_id", batch_id=""
            )

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.create(vector_store_id="vs_abc123", file_ids=["string"])
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.create(
            vector_store_id="vs_abc123",
            file_ids=["string"],
            chunking_strategy={"type": "auto"},
            attributes={"foo": "string"},
        )
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.create(
            vector_store_id="vs_abc123", file_ids=["string"]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.create(
            vector_store_id="vs_abc123", file_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.create(
                vector_store_id="", file_ids=["string"]
            )

    async def test_method_list_files(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.list_files(
            vector_store_id="vector_store_id", batch_id="batch_id"
        )
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_method_list_files_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.list_files(
            vector_store_id="vector_store_id",
            batch_id="batch_id",
            limit=20,
            order="desc",
            after="string",
            before="string",
            filter="in_progress",
        )
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_raw_response_list_files(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.list_files(
            vector_store_id="vector_store_id", batch_id="batch_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_streaming_response_list_files(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.list_files(
            vector_store_id="vector_store_id", batch_id="batch_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_files(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.list_files(
                vector_store_id="", batch_id="batch_id"
            )

        with pytest.raises(ValueError, match=r"`batch_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.list_files(
                vector_store_id="vector_store_id", batch_id=""
            )

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.retrieve(
            vector_store_id="vs_abc123", batch_id="vsfb_abc123"
        )
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.retrieve(
            vector_store_id="vs_abc123", batch_id="vsfb_abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.retrieve(
            vector_store_id="vs_abc123", batch_id="vsfb_abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.retrieve(
                vector_store_id="", batch_id="vsfb_abc123"
            )

        with pytest.raises(ValueError, match=r"`batch_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.file_batches.with_raw_response.retrieve(
                vector_store_id="vs_abc123", batch_id=""
            )
