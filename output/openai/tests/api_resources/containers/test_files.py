# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.containers.file_create_response import FileCreateResponse
from openai.types.containers.file_list_response import FileListResponse
from openai.types.containers.file_retrieve_response import FileRetrieveResponse
from tests.utils import assert_matches_type


class TestFiles:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.containers.files.create(container_id="container_id")
        assert_matches_type(FileCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.containers.files.create(
            container_id="container_id", file_id="string", file=b"raw file contents"
        )
        assert_matches_type(FileCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.containers.files.with_raw_response.create(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.containers.files.with_streaming_response.create(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FileCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            client.containers.files.with_raw_response.create(container_id="")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.containers.files.delete(container_id="container_id", file_id="file_id")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.containers.files.with_raw_response.delete(container_id="container_id", file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.containers.files.with_streaming_response.delete(
            container_id="container_id", file_id="file_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            client.containers.files.with_raw_response.delete(container_id="", file_id="file_id")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.containers.files.with_raw_response.delete(container_id="container_id", file_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.containers.files.list(container_id="container_id")
        assert_matches_type(SyncCursorPage[FileListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.containers.files.list(container_id="container_id", limit=20, order="desc", after="string")
        assert_matches_type(SyncCursorPage[FileListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.containers.files.with_raw_response.list(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[FileListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.containers.files.with_streaming_response.list(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[FileListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            client.containers.files.with_raw_response.list(container_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.containers.files.retrieve(container_id="container_id", file_id="file_id")
        assert_matches_type(FileRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.containers.files.with_raw_response.retrieve(container_id="container_id", file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.containers.files.with_streaming_response.retrieve(
            container_id="container_id", file_id="file_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FileRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            client.containers.files.with_raw_response.retrieve(container_id="", file_id="file_id")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.containers.files.with_raw_response.retrieve(container_id="container_id", file_id="")


class TestAsyncFiles:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.files.create(container_id="container_id")
        assert_matches_type(FileCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.files.create(
            container_id="container_id", file_id="string", file=b"raw file contents"
        )
        assert_matches_type(FileCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.files.with_raw_response.create(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.files.with_streaming_response.create(
            container_id="container_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FileCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            await async_client.containers.files.with_raw_response.create(container_id="")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.files.delete(container_id="container_id", file_id="file_id")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.files.with_raw_response.delete(
            container_id="container_id", file_id="file_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.files.with_streaming_response.delete(
            container_id="container_id", file_id="file_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            await async_client.containers.files.with_raw_response.delete(container_id="", file_id="file_id")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.containers.files.with_raw_response.delete(container_id="container_id", file_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.files.list(container_id="container_id")
        assert_matches_type(AsyncCursorPage[FileListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.files.list(
            container_id="container_id", limit=20, order="desc", after="string"
        )
        assert_matches_type(AsyncCursorPage[FileListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.files.with_raw_response.list(container_id="container_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[FileListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.files.with_streaming_response.list(container_id="container_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[FileListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            await async_client.containers.files.with_raw_response.list(container_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.containers.files.retrieve(container_id="container_id", file_id="file_id")
        assert_matches_type(FileRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.containers.files.with_raw_response.retrieve(
            container_id="container_id", file_id="file_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.containers.files.with_streaming_response.retrieve(
            container_id="container_id", file_id="file_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FileRetrieveResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`container_id` must be a non-empty string, got ''"):
            await async_client.containers.files.with_raw_response.retrieve(container_id="", file_id="file_id")

        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.containers.files.with_raw_response.retrieve(container_id="container_id", file_id="")
