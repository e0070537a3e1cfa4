# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import AsyncOpenAI, OpenAI
from openai.types.audio.translation_create_response import TranslationCreateResponse
from tests.utils import assert_matches_type


class TestTranslations:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.translations.create(file=b"raw file contents", model="whisper-1")
        assert_matches_type(TranslationCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.translations.create(
            file=b"raw file contents", model="whisper-1", prompt="string", response_format="json", temperature=0
        )
        assert_matches_type(TranslationCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.translations.with_raw_response.create(file=b"raw file contents", model="whisper-1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranslationCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.translations.with_streaming_response.create(
            file=b"raw file contents", model="whisper-1"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(TranslationCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True


class TestAsyncTranslations:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.translations.create(file=b"raw file contents", model="whisper-1")
        assert_matches_type(TranslationCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.translations.create(
            file=b"raw file contents", model="whisper-1", prompt="string", response_format="json", temperature=0
        )
        assert_matches_type(TranslationCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.translations.with_raw_response.create(
            file=b"raw file contents", model="whisper-1"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranslationCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.translations.with_streaming_response.create(
            file=b"raw file contents", model="whisper-1"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(TranslationCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True
