# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.types.uploads.upload_part import UploadPart
from tests.utils import assert_matches_type


class TestParts:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.uploads.parts.create(upload_id="upload_abc123", data=b"raw file contents")
        assert_matches_type(UploadPart, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.uploads.parts.with_raw_response.create(upload_id="upload_abc123", data=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UploadPart, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.uploads.parts.with_streaming_response.create(
            upload_id="upload_abc123", data=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(UploadPart, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`upload_id` must be a non-empty string, got ''"):
            client.uploads.parts.with_raw_response.create(upload_id="", data=b"raw file contents")


class TestAsyncParts:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.parts.create(upload_id="upload_abc123", data=b"raw file contents")
        assert_matches_type(UploadPart, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.parts.with_raw_response.create(
            upload_id="upload_abc123", data=b"raw file contents"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(UploadPart, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.parts.with_streaming_response.create(
            upload_id="upload_abc123", data=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(UploadPart, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`upload_id` must be a non-empty string, got ''"):
            await async_client.uploads.parts.with_raw_response.create(upload_id="", data=b"raw file contents")
