# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.types.completion import Completion
from tests.utils import assert_matches_type


class TestCompletions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.completions.create(model="string", prompt="<|endoftext|>")
        assert_matches_type(Completion, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.completions.create(
            model="string",
            prompt="<|endoftext|>",
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=1,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="string",
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1,
            top_p=1,
            user="user-1234",
            stream=False,
        )
        assert_matches_type(Completion, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.completions.with_raw_response.create(model="string", prompt="<|endoftext|>")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Completion, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.completions.with_streaming_response.create(model="string", prompt="<|endoftext|>") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Completion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream(self, client: OpenAI) -> None:
        stream = client.completions.create(model="string", prompt="<|endoftext|>", stream=True)
        assert_matches_type(Stream[Completion], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(Completion, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.completions.create(
            model="string",
            prompt="<|endoftext|>",
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=1,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="string",
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1,
            top_p=1,
            user="user-1234",
            stream=True,
        )
        assert_matches_type(Stream[Completion], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(Completion, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_create_stream(self, client: OpenAI) -> None:
        response = client.completions.with_raw_response.create(model="string", prompt="<|endoftext|>", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[Completion], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_create_stream(self, client: OpenAI) -> None:
        with client.completions.with_streaming_response.create(
            model="string", prompt="<|endoftext|>", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[Completion], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True


class TestAsyncCompletions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(model="string", prompt="<|endoftext|>")
        assert_matches_type(Completion, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(
            model="string",
            prompt="<|endoftext|>",
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=1,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="string",
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1,
            top_p=1,
            user="user-1234",
            stream=False,
        )
        assert_matches_type(Completion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.completions.with_raw_response.create(model="string", prompt="<|endoftext|>")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Completion, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.completions.with_streaming_response.create(
            model="string", prompt="<|endoftext|>"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Completion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.completions.create(model="string", prompt="<|endoftext|>", stream=True)
        assert_matches_type(AsyncStream[Completion], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(Completion, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.completions.create(
            model="string",
            prompt="<|endoftext|>",
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=1,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="string",
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1,
            top_p=1,
            user="user-1234",
            stream=True,
        )
        assert_matches_type(AsyncStream[Completion], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(Completion, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.completions.with_raw_response.create(
            model="string", prompt="<|endoftext|>", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[Completion], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.completions.with_streaming_response.create(
            model="string", prompt="<|endoftext|>", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[Completion], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True
