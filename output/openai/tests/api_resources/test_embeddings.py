# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import AsyncOpenAI, OpenAI
from openai.types.create_embedding_response import CreateEmbeddingResponse
from tests.utils import assert_matches_type


class TestEmbeddings:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.embeddings.create(
            input="The quick brown fox jumped over the lazy dog", model="text-embedding-3-small"
        )
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.embeddings.create(
            input="The quick brown fox jumped over the lazy dog",
            model="text-embedding-3-small",
            encoding_format="float",
            dimensions=1,
            user="user-1234",
        )
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.embeddings.with_raw_response.create(
            input="The quick brown fox jumped over the lazy dog", model="text-embedding-3-small"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.embeddings.with_streaming_response.create(
            input="The quick brown fox jumped over the lazy dog", model="text-embedding-3-small"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(CreateEmbeddingResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True


class TestAsyncEmbeddings:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.embeddings.create(
            input="The quick brown fox jumped over the lazy dog", model="text-embedding-3-small"
        )
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.embeddings.create(
            input="The quick brown fox jumped over the lazy dog",
            model="text-embedding-3-small",
            encoding_format="float",
            dimensions=1,
            user="user-1234",
        )
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.embeddings.with_raw_response.create(
            input="The quick brown fox jumped over the lazy dog", model="text-embedding-3-small"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.embeddings.with_streaming_response.create(
            input="The quick brown fox jumped over the lazy dog", model="text-embedding-3-small"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(CreateEmbeddingResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True
