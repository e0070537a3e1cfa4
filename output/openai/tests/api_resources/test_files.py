# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._response import HttpxBinaryResponseContent
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.file_deleted import FileDeleted
from openai.types.file_object import FileObject
from tests.utils import assert_matches_type


class TestFiles:
    def test_method_content(self, client: OpenAI) -> None:
        result = client.files.content(file_id="file_id")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_raw_response_content(self, client: OpenAI) -> None:
        response = client.files.with_raw_response.content(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_streaming_response_content(self, client: OpenAI) -> None:
        with client.files.with_streaming_response.content(file_id="file_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    def test_path_params_content(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.files.with_raw_response.content(file_id="")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.files.create(file=b"raw file contents", purpose="assistants")
        assert_matches_type(FileObject, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.files.create(
            file=b"raw file contents", purpose="assistants", expires_after={"anchor": "created_at", "seconds": 3600}
        )
        assert_matches_type(FileObject, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.files.with_raw_response.create(file=b"raw file contents", purpose="assistants")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileObject, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.files.with_streaming_response.create(file=b"raw file contents", purpose="assistants") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FileObject, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.files.delete(file_id="file_id")
        assert_matches_type(FileDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.files.with_raw_response.delete(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.files.with_streaming_response.delete(file_id="file_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FileDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.files.with_raw_response.delete(file_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.files.list()
        assert_matches_type(SyncCursorPage[FileObject], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.files.list(purpose="string", limit=10000, order="desc", after="string")
        assert_matches_type(SyncCursorPage[FileObject], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.files.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[FileObject], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.files.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[FileObject], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.files.retrieve(file_id="file_id")
        assert_matches_type(FileObject, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.files.with_raw_response.retrieve(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileObject, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.files.with_streaming_response.retrieve(file_id="file_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(FileObject, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            client.files.with_raw_response.retrieve(file_id="")

    def test_method_retrieve_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.files.retrieve_content(file_id="file_id")
        assert_matches_type(str, result, path=["response"])

    def test_raw_response_retrieve_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.files.with_raw_response.retrieve_content(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(str, result, path=["response"])

    def test_streaming_response_retrieve_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.files.with_streaming_response.retrieve_content(file_id="file_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(str, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
                client.files.with_raw_response.retrieve_content(file_id="")


class TestAsyncFiles:
    async def test_method_content(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.content(file_id="file_id")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_raw_response_content(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.files.with_raw_response.content(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_streaming_response_content(self, async_client: AsyncOpenAI) -> None:
        async with async_client.files.with_streaming_response.content(file_id="file_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    async def test_path_params_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.files.with_raw_response.content(file_id="")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.create(file=b"raw file contents", purpose="assistants")
        assert_matches_type(FileObject, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.create(
            file=b"raw file contents", purpose="assistants", expires_after={"anchor": "created_at", "seconds": 3600}
        )
        assert_matches_type(FileObject, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.files.with_raw_response.create(file=b"raw file contents", purpose="assistants")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileObject, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.files.with_streaming_response.create(
            file=b"raw file contents", purpose="assistants"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FileObject, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.delete(file_id="file_id")
        assert_matches_type(FileDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.files.with_raw_response.delete(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.files.with_streaming_response.delete(file_id="file_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FileDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.files.with_raw_response.delete(file_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.list()
        assert_matches_type(AsyncCursorPage[FileObject], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.list(purpose="string", limit=10000, order="desc", after="string")
        assert_matches_type(AsyncCursorPage[FileObject], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.files.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[FileObject], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.files.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[FileObject], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.files.retrieve(file_id="file_id")
        assert_matches_type(FileObject, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.files.with_raw_response.retrieve(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(FileObject, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.files.with_streaming_response.retrieve(file_id="file_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(FileObject, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
            await async_client.files.with_raw_response.retrieve(file_id="")

    async def test_method_retrieve_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.files.retrieve_content(file_id="file_id")
        assert_matches_type(str, result, path=["response"])

    async def test_raw_response_retrieve_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.files.with_raw_response.retrieve_content(file_id="file_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(str, result, path=["response"])

    async def test_streaming_response_retrieve_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.files.with_streaming_response.retrieve_content(file_id="file_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(str, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`file_id` must be a non-empty string, got ''"):
                await async_client.files.with_raw_response.retrieve_content(file_id="")
