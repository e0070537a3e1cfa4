# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.chat.chat_completion import ChatCompletion
from openai.types.chat.chat_completion_chunk import ChatCompletionChunk
from openai.types.chat.chat_completion_deleted import ChatCompletionDeleted
from tests.utils import assert_matches_type


class TestCompletions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.chat.completions.create(messages=[{"content": "string", "role": "developer"}], model="gpt-5.4")
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.chat.completions.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            messages=[{"content": "string", "role": "developer", "name": "string"}],
            model="gpt-5.4",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={
                "user_location": {
                    "type": "approximate",
                    "approximate": {"country": "string", "region": "string", "city": "string", "timezone": "string"},
                },
                "search_context_size": "medium",
            },
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            stop="string",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=1,
            stream_options={"include_usage": True, "include_obfuscation": True},
            tools=[
                {
                    "type": "function",
                    "function": {
                        "description": "string",
                        "name": "string",
                        "parameters": {"foo": {"foo": "bar"}},
                        "strict": True,
                    },
                }
            ],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"description": "string", "name": "string", "parameters": {"foo": {"foo": "bar"}}}],
            stream=False,
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream(self, client: OpenAI) -> None:
        stream = client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4", stream=True
        )
        assert_matches_type(Stream[ChatCompletionChunk], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ChatCompletionChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.chat.completions.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            messages=[{"content": "string", "role": "developer", "name": "string"}],
            model="gpt-5.4",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={
                "user_location": {
                    "type": "approximate",
                    "approximate": {"country": "string", "region": "string", "city": "string", "timezone": "string"},
                },
                "search_context_size": "medium",
            },
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            stop="string",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=1,
            stream_options={"include_usage": True, "include_obfuscation": True},
            tools=[
                {
                    "type": "function",
                    "function": {
                        "description": "string",
                        "name": "string",
                        "parameters": {"foo": {"foo": "bar"}},
                        "strict": True,
                    },
                }
            ],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"description": "string", "name": "string", "parameters": {"foo": {"foo": "bar"}}}],
            stream=True,
        )
        assert_matches_type(Stream[ChatCompletionChunk], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ChatCompletionChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_create_stream(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ChatCompletionChunk], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_create_stream(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[ChatCompletionChunk], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.chat.completions.delete(completion_id="completion_id")
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.delete(completion_id="completion_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.delete(completion_id="completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ChatCompletionDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            client.chat.completions.with_raw_response.delete(completion_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.chat.completions.list()
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.chat.completions.list(
            model="string", metadata={"foo": "string"}, after="string", limit=20, order="asc"
        )
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.chat.completions.retrieve(completion_id="completion_id")
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.retrieve(completion_id="completion_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.retrieve(completion_id="completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            client.chat.completions.with_raw_response.retrieve(completion_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.chat.completions.update(completion_id="completion_id", metadata={"foo": "string"})
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.update(
            completion_id="completion_id", metadata={"foo": "string"}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.update(
            completion_id="completion_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            client.chat.completions.with_raw_response.update(completion_id="", metadata={"foo": "string"})


class TestAsyncCompletions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4"
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            messages=[{"content": "string", "role": "developer", "name": "string"}],
            model="gpt-5.4",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={
                "user_location": {
                    "type": "approximate",
                    "approximate": {"country": "string", "region": "string", "city": "string", "timezone": "string"},
                },
                "search_context_size": "medium",
            },
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            stop="string",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=1,
            stream_options={"include_usage": True, "include_obfuscation": True},
            tools=[
                {
                    "type": "function",
                    "function": {
                        "description": "string",
                        "name": "string",
                        "parameters": {"foo": {"foo": "bar"}},
                        "strict": True,
                    },
                }
            ],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"description": "string", "name": "string", "parameters": {"foo": {"foo": "bar"}}}],
            stream=False,
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4", stream=True
        )
        assert_matches_type(AsyncStream[ChatCompletionChunk], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ChatCompletionChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.chat.completions.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            messages=[{"content": "string", "role": "developer", "name": "string"}],
            model="gpt-5.4",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={
                "user_location": {
                    "type": "approximate",
                    "approximate": {"country": "string", "region": "string", "city": "string", "timezone": "string"},
                },
                "search_context_size": "medium",
            },
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            stop="string",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=1,
            stream_options={"include_usage": True, "include_obfuscation": True},
            tools=[
                {
                    "type": "function",
                    "function": {
                        "description": "string",
                        "name": "string",
                        "parameters": {"foo": {"foo": "bar"}},
                        "strict": True,
                    },
                }
            ],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"description": "string", "name": "string", "parameters": {"foo": {"foo": "bar"}}}],
            stream=True,
        )
        assert_matches_type(AsyncStream[ChatCompletionChunk], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ChatCompletionChunk, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[ChatCompletionChunk], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ChatCompletionChunk], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.delete(completion_id="completion_id")
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.delete(completion_id="completion_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.delete(
            completion_id="completion_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ChatCompletionDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            await async_client.chat.completions.with_raw_response.delete(completion_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.list()
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.list(
            model="string", metadata={"foo": "string"}, after="string", limit=20, order="asc"
        )
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.retrieve(completion_id="completion_id")
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.retrieve(completion_id="completion_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.retrieve(
            completion_id="completion_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            await async_client.chat.completions.with_raw_response.retrieve(completion_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.update(completion_id="completion_id", metadata={"foo": "string"})
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.update(
            completion_id="completion_id", metadata={"foo": "string"}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.update(
            completion_id="completion_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`completion_id` must be a non-empty string, got ''"):
            await async_client.chat.completions.with_raw_response.update(completion_id="", metadata={"foo": "string"})
