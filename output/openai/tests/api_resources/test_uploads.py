# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.types.upload import Upload
from tests.utils import assert_matches_type


class TestUploads:
    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.uploads.cancel(upload_id="upload_abc123")
        assert_matches_type(Upload, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.uploads.with_raw_response.cancel(upload_id="upload_abc123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.uploads.with_streaming_response.cancel(upload_id="upload_abc123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Upload, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`upload_id` must be a non-empty string, got ''"):
            client.uploads.with_raw_response.cancel(upload_id="")

    def test_method_complete(self, client: OpenAI) -> None:
        result = client.uploads.complete(upload_id="upload_abc123", part_ids=["string"])
        assert_matches_type(Upload, result, path=["response"])

    def test_method_complete_with_all_params(self, client: OpenAI) -> None:
        result = client.uploads.complete(upload_id="upload_abc123", part_ids=["string"], md5="string")
        assert_matches_type(Upload, result, path=["response"])

    def test_raw_response_complete(self, client: OpenAI) -> None:
        response = client.uploads.with_raw_response.complete(upload_id="upload_abc123", part_ids=["string"])
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    def test_streaming_response_complete(self, client: OpenAI) -> None:
        with client.uploads.with_streaming_response.complete(
            upload_id="upload_abc123", part_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Upload, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_complete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`upload_id` must be a non-empty string, got ''"):
            client.uploads.with_raw_response.complete(upload_id="", part_ids=["string"])

    def test_method_create(self, client: OpenAI) -> None:
        result = client.uploads.create(filename="string", purpose="assistants", bytes=1, mime_type="string")
        assert_matches_type(Upload, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.uploads.create(
            filename="string",
            purpose="assistants",
            bytes=1,
            mime_type="string",
            expires_after={"anchor": "created_at", "seconds": 3600},
        )
        assert_matches_type(Upload, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.uploads.with_raw_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.uploads.with_streaming_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Upload, result, path=["response"])
        assert cast(Any, response.is_closed) is True


class TestAsyncUploads:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.cancel(upload_id="upload_abc123")
        assert_matches_type(Upload, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.with_raw_response.cancel(upload_id="upload_abc123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.with_streaming_response.cancel(upload_id="upload_abc123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Upload, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`upload_id` must be a non-empty string, got ''"):
            await async_client.uploads.with_raw_response.cancel(upload_id="")

    async def test_method_complete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.complete(upload_id="upload_abc123", part_ids=["string"])
        assert_matches_type(Upload, result, path=["response"])

    async def test_method_complete_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.complete(upload_id="upload_abc123", part_ids=["string"], md5="string")
        assert_matches_type(Upload, result, path=["response"])

    async def test_raw_response_complete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.with_raw_response.complete(upload_id="upload_abc123", part_ids=["string"])
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    async def test_streaming_response_complete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.with_streaming_response.complete(
            upload_id="upload_abc123", part_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Upload, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_complete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`upload_id` must be a non-empty string, got ''"):
            await async_client.uploads.with_raw_response.complete(upload_id="", part_ids=["string"])

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.create(filename="string", purpose="assistants", bytes=1, mime_type="string")
        assert_matches_type(Upload, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.create(
            filename="string",
            purpose="assistants",
            bytes=1,
            mime_type="string",
            expires_after={"anchor": "created_at", "seconds": 3600},
        )
        assert_matches_type(Upload, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.with_raw_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.with_streaming_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Upload, result, path=["response"])
        assert cast(Any, response.is_closed) is True
