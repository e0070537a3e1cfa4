# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.types.responses.compacted_response import CompactedResponse
from openai.types.responses.response import Response
from openai.types.responses.response_stream_event import ResponseStreamEvent
from tests.utils import assert_matches_type


class TestResponses:
    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.responses.cancel(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert_matches_type(Response, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.cancel(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Response, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.cancel(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Response, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            client.responses.with_raw_response.cancel(response_id="")

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    def test_method_compact(self, client: OpenAI) -> None:
        result = client.responses.compact(model="string")
        assert_matches_type(CompactedResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    def test_method_compact_with_all_params(self, client: OpenAI) -> None:
        result = client.responses.compact(
            model="string",
            input="string",
            previous_response_id="resp_123",
            instructions="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            service_tier="auto",
        )
        assert_matches_type(CompactedResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    def test_raw_response_compact(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.compact(model="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(CompactedResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    def test_streaming_response_compact(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.compact(model="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(CompactedResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_create(self, client: OpenAI) -> None:
        result = client.responses.create()
        assert_matches_type(Response, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.responses.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            previous_response_id="string",
            model="gpt-5.1",
            reasoning={"effort": "none", "summary": "auto", "generate_summary": "auto"},
            background=True,
            max_tool_calls=1,
            text={"format": {"type": "text"}, "verbosity": "low"},
            tools=[
                {
                    "type": "function",
                    "name": "string",
                    "description": "string",
                    "parameters": {"foo": {"foo": "bar"}},
                    "strict": True,
                    "defer_loading": True,
                }
            ],
            tool_choice="none",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
            truncation="auto",
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            stream_options={"include_obfuscation": True},
            conversation="string",
            context_management=[{"type": "string", "compact_threshold": 1000}],
            max_output_tokens=16,
            stream=False,
        )
        assert_matches_type(Response, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Response, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Response, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream(self, client: OpenAI) -> None:
        stream = client.responses.create(stream=True)
        assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.responses.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            previous_response_id="string",
            model="gpt-5.1",
            reasoning={"effort": "none", "summary": "auto", "generate_summary": "auto"},
            background=True,
            max_tool_calls=1,
            text={"format": {"type": "text"}, "verbosity": "low"},
            tools=[
                {
                    "type": "function",
                    "name": "string",
                    "description": "string",
                    "parameters": {"foo": {"foo": "bar"}},
                    "strict": True,
                    "defer_loading": True,
                }
            ],
            tool_choice="none",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
            truncation="auto",
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            stream_options={"include_obfuscation": True},
            conversation="string",
            context_management=[{"type": "string", "compact_threshold": 1000}],
            max_output_tokens=16,
            stream=True,
        )
        assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_create_stream(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.create(stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_create_stream(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.create(stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.responses.delete(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.delete(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.delete(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            client.responses.with_raw_response.delete(response_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.responses.retrieve(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert_matches_type(Response, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        result = client.responses.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d",
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            stream=False,
        )
        assert_matches_type(Response, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.retrieve(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Response, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Response, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_retrieve_stream(self, client: OpenAI) -> None:
        stream = client.responses.retrieve(response_id="resp_677efb5139a88190b512bc3fef8e535d", stream=True)
        assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_retrieve_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.responses.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d",
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            stream=True,
        )
        assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_retrieve_stream(self, client: OpenAI) -> None:
        response = client.responses.with_raw_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_retrieve_stream(self, client: OpenAI) -> None:
        with client.responses.with_streaming_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[ResponseStreamEvent], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            client.responses.with_raw_response.retrieve(response_id="")


class TestAsyncResponses:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.cancel(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert_matches_type(Response, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.cancel(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Response, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.cancel(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Response, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            await async_client.responses.with_raw_response.cancel(response_id="")

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    async def test_method_compact(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.compact(model="string")
        assert_matches_type(CompactedResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    async def test_method_compact_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.compact(
            model="string",
            input="string",
            previous_response_id="resp_123",
            instructions="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            service_tier="auto",
        )
        assert_matches_type(CompactedResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    async def test_raw_response_compact(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.compact(model="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(CompactedResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=AssertionError,
        reason="the spec's response example disagrees with its schema (output items lack required fields, e.g. Message.id); Prism serves the example",
    )
    async def test_streaming_response_compact(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.compact(model="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(CompactedResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.create()
        assert_matches_type(Response, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            previous_response_id="string",
            model="gpt-5.1",
            reasoning={"effort": "none", "summary": "auto", "generate_summary": "auto"},
            background=True,
            max_tool_calls=1,
            text={"format": {"type": "text"}, "verbosity": "low"},
            tools=[
                {
                    "type": "function",
                    "name": "string",
                    "description": "string",
                    "parameters": {"foo": {"foo": "bar"}},
                    "strict": True,
                    "defer_loading": True,
                }
            ],
            tool_choice="none",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
            truncation="auto",
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            stream_options={"include_obfuscation": True},
            conversation="string",
            context_management=[{"type": "string", "compact_threshold": 1000}],
            max_output_tokens=16,
            stream=False,
        )
        assert_matches_type(Response, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Response, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Response, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.responses.create(stream=True)
        assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.responses.create(
            metadata={"foo": "string"},
            top_logprobs=1,
            temperature=1,
            top_p=1,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            previous_response_id="string",
            model="gpt-5.1",
            reasoning={"effort": "none", "summary": "auto", "generate_summary": "auto"},
            background=True,
            max_tool_calls=1,
            text={"format": {"type": "text"}, "verbosity": "low"},
            tools=[
                {
                    "type": "function",
                    "name": "string",
                    "description": "string",
                    "parameters": {"foo": {"foo": "bar"}},
                    "strict": True,
                    "defer_loading": True,
                }
            ],
            tool_choice="none",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
            truncation="auto",
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            stream_options={"include_obfuscation": True},
            conversation="string",
            context_management=[{"type": "string", "compact_threshold": 1000}],
            max_output_tokens=16,
            stream=True,
        )
        assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.create(stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.create(stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.delete(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.delete(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.delete(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            await async_client.responses.with_raw_response.delete(response_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.retrieve(response_id="resp_677efb5139a88190b512bc3fef8e535d")
        assert_matches_type(Response, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d",
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            stream=False,
        )
        assert_matches_type(Response, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Response, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Response, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_retrieve_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.responses.retrieve(response_id="resp_677efb5139a88190b512bc3fef8e535d", stream=True)
        assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_retrieve_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.responses.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d",
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            stream=True,
        )
        assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ResponseStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_retrieve_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.with_raw_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_retrieve_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.with_streaming_response.retrieve(
            response_id="resp_677efb5139a88190b512bc3fef8e535d", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ResponseStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`response_id` must be a non-empty string, got ''"):
            await async_client.responses.with_raw_response.retrieve(response_id="")
