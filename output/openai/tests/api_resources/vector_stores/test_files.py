# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai.types.vector_stores.file_content_response import FileContentResponse
from openai.types.vector_stores.vector_store_file import VectorStoreFile
from openai.types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted
from tests.utils import assert_matches_type


class TestFiles:
    def test_method_content(self, client: OpenAI) -> None:
        result = client.vector_stores.files.content(vector_store_id="vs_abc123", file_id="file-abc123")
        assert_matches_type(SyncPage[FileContentResponse], result, path=["response"])

    def test_raw_response_content(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.content(
            vector_store_id="vs_abc123", file_id="file-abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[FileContentResponse], result, path=["response"])

    def test_streaming_response_content(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.content(
            vector_store_id="vs_abc123", file_id="file-abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncPage[FileContentResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_content(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.content(vector_store_id="", file_id="file-abc123")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.content(vector_store_id="vs_abc123", file_id="")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.vector_stores.files.create(vector_store_id="vs_abc123", file_id="string")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.files.create(
            vector_store_id="vs_abc123",
            file_id="string",
            chunking_strategy={"type": "auto"},
            attributes={"foo": "string"},
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.create(vector_store_id="vs_abc123", file_id="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.create(
            vector_store_id="vs_abc123", file_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.create(vector_store_id="", file_id="string")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.vector_stores.files.delete(vector_store_id="vector_store_id", file_id="file_id")
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.delete(
            vector_store_id="vector_store_id", file_id="file_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.delete(
            vector_store_id="vector_store_id", file_id="file_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFileDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.delete(vector_store_id="", file_id="file_id")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.delete(vector_store_id="vector_store_id", file_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.vector_stores.files.list(vector_store_id="vector_store_id")
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.files.list(
            vector_store_id="vector_store_id",
            limit=20,
            order="desc",
            after="string",
            before="string",
            filter="in_progress",
        )
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.list(vector_store_id="vector_store_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.list(vector_store_id="vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.list(vector_store_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.vector_stores.files.retrieve(vector_store_id="vs_abc123", file_id="file-abc123")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.retrieve(
            vector_store_id="vs_abc123", file_id="file-abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.retrieve(
            vector_store_id="vs_abc123", file_id="file-abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.retrieve(vector_store_id="", file_id="file-abc123")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.retrieve(vector_store_id="vs_abc123", file_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.vector_stores.files.update(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={"foo": "string"}
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.update(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={"foo": "string"}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.update(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.update(
                vector_store_id="", file_id="file-abc123", attributes={"foo": "string"}
            )

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.vector_stores.files.with_raw_response.update(
                vector_store_id="vs_abc123", file_id="", attributes={"foo": "string"}
            )


class TestAsyncFiles:
    async def test_method_content(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.content(vector_store_id="vs_abc123", file_id="file-abc123")
        assert_matches_type(AsyncPage[FileContentResponse], result, path=["response"])

    async def test_raw_response_content(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.content(
            vector_store_id="vs_abc123", file_id="file-abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[FileContentResponse], result, path=["response"])

    async def test_streaming_response_content(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.content(
            vector_store_id="vs_abc123", file_id="file-abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncPage[FileContentResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.content(vector_store_id="", file_id="file-abc123")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.content(vector_store_id="vs_abc123", file_id="")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.create(vector_store_id="vs_abc123", file_id="string")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.create(
            vector_store_id="vs_abc123",
            file_id="string",
            chunking_strategy={"type": "auto"},
            attributes={"foo": "string"},
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.create(
            vector_store_id="vs_abc123", file_id="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.create(
            vector_store_id="vs_abc123", file_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.create(vector_store_id="", file_id="string")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.delete(vector_store_id="vector_store_id", file_id="file_id")
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.delete(
            vector_store_id="vector_store_id", file_id="file_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.delete(
            vector_store_id="vector_store_id", file_id="file_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFileDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.delete(vector_store_id="", file_id="file_id")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.delete(
                vector_store_id="vector_store_id", file_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.list(vector_store_id="vector_store_id")
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.list(
            vector_store_id="vector_store_id",
            limit=20,
            order="desc",
            after="string",
            before="string",
            filter="in_progress",
        )
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.list(vector_store_id="vector_store_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.list(
            vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.list(vector_store_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.retrieve(vector_store_id="vs_abc123", file_id="file-abc123")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.retrieve(
            vector_store_id="vs_abc123", file_id="file-abc123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.retrieve(
            vector_store_id="vs_abc123", file_id="file-abc123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.retrieve(vector_store_id="", file_id="file-abc123")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.retrieve(vector_store_id="vs_abc123", file_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.update(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={"foo": "string"}
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.update(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={"foo": "string"}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.update(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`vector_store_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.update(
                vector_store_id="", file_id="file-abc123", attributes={"foo": "string"}
            )

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.vector_stores.files.with_raw_response.update(
                vector_store_id="vs_abc123", file_id="", attributes={"foo": "string"}
            )
