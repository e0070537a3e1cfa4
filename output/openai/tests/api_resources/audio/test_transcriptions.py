# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.types.audio.transcription_create_response import TranscriptionCreateResponse
from openai.types.audio.transcription_stream_event import TranscriptionStreamEvent
from tests.utils import assert_matches_type


class TestTranscriptions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(file=b"raw file contents", model="gpt-4o-transcribe")
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="gpt-4o-transcribe",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["segment"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=False,
        )
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(TranscriptionCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream(self, client: OpenAI) -> None:
        stream = client.audio.transcriptions.create(file=b"raw file contents", model="gpt-4o-transcribe", stream=True)
        assert_matches_type(Stream[TranscriptionStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(TranscriptionStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="gpt-4o-transcribe",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["segment"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=True,
        )
        assert_matches_type(Stream[TranscriptionStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(TranscriptionStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_create_stream(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[TranscriptionStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_create_stream(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[TranscriptionStreamEvent], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True


class TestAsyncTranscriptions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(file=b"raw file contents", model="gpt-4o-transcribe")
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="gpt-4o-transcribe",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["segment"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=False,
        )
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(TranscriptionCreateResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.audio.transcriptions.create(
            file=b"raw file contents", model="gpt-4o-transcribe", stream=True
        )
        assert_matches_type(AsyncStream[TranscriptionStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(TranscriptionStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="gpt-4o-transcribe",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["segment"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=True,
        )
        assert_matches_type(AsyncStream[TranscriptionStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(TranscriptionStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[TranscriptionStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="gpt-4o-transcribe", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[TranscriptionStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True
