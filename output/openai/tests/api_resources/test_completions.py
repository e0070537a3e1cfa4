# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import AsyncOpenAI, OpenAI
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
            stream=False,
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1,
            top_p=1,
            user="user-1234",
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
            stream=False,
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1,
            top_p=1,
            user="user-1234",
        )
        assert_matches_type(Completion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.completions.with_raw_response.create(model="string", prompt="<|endoftext|>")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = await response.parse()
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
