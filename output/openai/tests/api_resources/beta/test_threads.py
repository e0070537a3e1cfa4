# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.types.beta.assistant_stream_event import AssistantStreamEvent
from openai.types.beta.thread import Thread
from openai.types.beta.thread_deleted import ThreadDeleted
from openai.types.beta.threads.run import Run
from tests.utils import assert_matches_type


class TestThreads:
    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create()
        assert_matches_type(Thread, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create(
                messages=[{"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}],
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
            )
        assert_matches_type(Thread, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Thread, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.create() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Thread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_create_and_run(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create_and_run(assistant_id="string")
        assert_matches_type(Run, result, path=["response"])

    def test_method_create_and_run_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create_and_run(
                assistant_id="string",
                thread={
                    "messages": [
                        {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                    ],
                    "tool_resources": {
                        "code_interpreter": {"file_ids": []},
                        "file_search": {"vector_store_ids": ["string"]},
                    },
                    "metadata": {"foo": "string"},
                },
                model="gpt-4o",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto", "last_messages": 1},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                stream=False,
            )
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_create_and_run(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.create_and_run(assistant_id="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_create_and_run(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.create_and_run(assistant_id="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_and_run_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = client.beta.threads.create_and_run(assistant_id="string", stream=True)
        assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(AssistantStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_and_run_stream_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = client.beta.threads.create_and_run(
                assistant_id="string",
                thread={
                    "messages": [
                        {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                    ],
                    "tool_resources": {
                        "code_interpreter": {"file_ids": []},
                        "file_search": {"vector_store_ids": ["string"]},
                    },
                    "metadata": {"foo": "string"},
                },
                model="gpt-4o",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto", "last_messages": 1},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                stream=True,
            )
        assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(AssistantStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_create_and_run_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.create_and_run(assistant_id="string", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_create_and_run_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.create_and_run(
                assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                stream = response.parse()
                assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
                stream.close()
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.delete(thread_id="thread_id")
        assert_matches_type(ThreadDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.delete(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ThreadDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.delete(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(ThreadDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.with_raw_response.delete(thread_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.retrieve(thread_id="thread_id")
        assert_matches_type(Thread, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.retrieve(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Thread, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.retrieve(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Thread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.with_raw_response.retrieve(thread_id="")

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.update(thread_id="thread_id")
        assert_matches_type(Thread, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.update(
                thread_id="thread_id",
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
            )
        assert_matches_type(Thread, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.update(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Thread, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.update(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Thread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.with_raw_response.update(thread_id="")


class TestAsyncThreads:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create()
        assert_matches_type(Thread, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create(
                messages=[{"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}],
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
            )
        assert_matches_type(Thread, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Thread, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.create() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Thread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_create_and_run(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create_and_run(assistant_id="string")
        assert_matches_type(Run, result, path=["response"])

    async def test_method_create_and_run_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create_and_run(
                assistant_id="string",
                thread={
                    "messages": [
                        {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                    ],
                    "tool_resources": {
                        "code_interpreter": {"file_ids": []},
                        "file_search": {"vector_store_ids": ["string"]},
                    },
                    "metadata": {"foo": "string"},
                },
                model="gpt-4o",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto", "last_messages": 1},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                stream=False,
            )
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_create_and_run(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.create_and_run(assistant_id="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_create_and_run(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.create_and_run(
                assistant_id="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_and_run_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = await async_client.beta.threads.create_and_run(assistant_id="string", stream=True)
        assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(AssistantStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_and_run_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = await async_client.beta.threads.create_and_run(
                assistant_id="string",
                thread={
                    "messages": [
                        {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                    ],
                    "tool_resources": {
                        "code_interpreter": {"file_ids": []},
                        "file_search": {"vector_store_ids": ["string"]},
                    },
                    "metadata": {"foo": "string"},
                },
                model="gpt-4o",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto", "last_messages": 1},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                stream=True,
            )
        assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(AssistantStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_create_and_run_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.create_and_run(
                assistant_id="string", stream=True
            )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_create_and_run_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.create_and_run(
                assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                stream = await response.parse()
                assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
                await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.delete(thread_id="thread_id")
        assert_matches_type(ThreadDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.delete(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ThreadDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.delete(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(ThreadDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.with_raw_response.delete(thread_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.retrieve(thread_id="thread_id")
        assert_matches_type(Thread, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.retrieve(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Thread, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.retrieve(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Thread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.with_raw_response.retrieve(thread_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.update(thread_id="thread_id")
        assert_matches_type(Thread, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.update(
                thread_id="thread_id",
                tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": ["string"]}},
                metadata={"foo": "string"},
            )
        assert_matches_type(Thread, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.update(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Thread, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.update(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Thread, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.with_raw_response.update(thread_id="")
