# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.types.audio.transcription_create_response import TranscriptionCreateResponse, TranscriptionCreateResponse2
from tests.utils import assert_matches_type


class TestTranscriptions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(file=b"raw file contents", model="string")
        assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=False,
        )
        assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(file=b"raw file contents", model="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_method_create_stream(self, client: OpenAI) -> None:
        stream = client.audio.transcriptions.create(file=b"raw file contents", model="string", stream=True)
        assert_matches_type(Stream[TranscriptionCreateResponse], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(TranscriptionCreateResponse, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_method_create_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=True,
        )
        assert_matches_type(Stream[TranscriptionCreateResponse], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(TranscriptionCreateResponse, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_raw_response_create_stream(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[TranscriptionCreateResponse], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_streaming_response_create_stream(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[TranscriptionCreateResponse], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True


class TestAsyncTranscriptions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(file=b"raw file contents", model="string")
        assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=False,
        )
        assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = await response.parse()
        assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(TranscriptionCreateResponse2, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_method_create_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.audio.transcriptions.create(file=b"raw file contents", model="string", stream=True)
        assert_matches_type(AsyncStream[TranscriptionCreateResponse], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(TranscriptionCreateResponse, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_method_create_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=True,
        )
        assert_matches_type(AsyncStream[TranscriptionCreateResponse], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(TranscriptionCreateResponse, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_raw_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = await response.parse()
        assert_matches_type(AsyncStream[TranscriptionCreateResponse], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_streaming_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[TranscriptionCreateResponse], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True
