# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta.assistant_stream_event import AssistantStreamEvent
from openai.types.beta.threads.run import Run
from tests.utils import assert_matches_type


class TestRuns:
    def test_method_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.cancel(thread_id="thread_id", run_id="run_id")
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.cancel(thread_id="thread_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.cancel(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.cancel(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.cancel(thread_id="thread_id", run_id="")

    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.create(thread_id="thread_id", assistant_id="string")
        assert_matches_type(Run, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.create(
                thread_id="thread_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
                assistant_id="string",
                model="gpt-4o",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[
                    {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                ],
                tools=[{"type": "code_interpreter"}],
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

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.create(thread_id="thread_id", assistant_id="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.create(
                thread_id="thread_id", assistant_id="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = client.beta.threads.runs.create(thread_id="thread_id", assistant_id="string", stream=True)
        assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(AssistantStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_create_stream_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = client.beta.threads.runs.create(
                thread_id="thread_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
                assistant_id="string",
                model="gpt-4o",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[
                    {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                ],
                tools=[{"type": "code_interpreter"}],
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
    def test_raw_response_create_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.create(
                thread_id="thread_id", assistant_id="string", stream=True
            )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_create_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.create(
                thread_id="thread_id", assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                stream = response.parse()
                assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
                stream.close()
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.create(thread_id="", assistant_id="string")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.list(thread_id="thread_id")
        assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.list(
                thread_id="thread_id", limit=20, order="desc", after="string", before="string"
            )
        assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.list(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.list(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(SyncCursorPage[Run], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.list(thread_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.retrieve(thread_id="thread_id", run_id="run_id")
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.retrieve(thread_id="thread_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.retrieve(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.retrieve(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.retrieve(thread_id="thread_id", run_id="")

    def test_method_submit_tool_outputs(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}]
            )
        assert_matches_type(Run, result, path=["response"])

    def test_method_submit_tool_outputs_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id",
                run_id="run_id",
                tool_outputs=[{"tool_call_id": "string", "output": "string"}],
                stream=False,
            )
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_submit_tool_outputs(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}]
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_submit_tool_outputs(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}]
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_submit_tool_outputs_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}], stream=True
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
    def test_method_submit_tool_outputs_stream_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id",
                run_id="run_id",
                tool_outputs=[{"tool_call_id": "string", "output": "string"}],
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
    def test_raw_response_submit_tool_outputs_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}], stream=True
            )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_submit_tool_outputs_stream(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}], stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                stream = response.parse()
                assert_matches_type(Stream[AssistantStreamEvent], stream, path=["response"])
                stream.close()
        assert cast(Any, response.is_closed) is True

    def test_path_params_submit_tool_outputs(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    thread_id="", run_id="run_id", tool_outputs=[{}]
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    thread_id="thread_id", run_id="", tool_outputs=[{}]
                )

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.update(thread_id="thread_id", run_id="run_id")
        assert_matches_type(Run, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.update(thread_id="thread_id", run_id="run_id", metadata={"foo": "string"})
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.update(thread_id="thread_id", run_id="run_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.update(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.update(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                client.beta.threads.runs.with_raw_response.update(thread_id="thread_id", run_id="")


class TestAsyncRuns:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.cancel(thread_id="thread_id", run_id="run_id")
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.cancel(
                thread_id="thread_id", run_id="run_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.cancel(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.cancel(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.cancel(thread_id="thread_id", run_id="")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.create(thread_id="thread_id", assistant_id="string")
        assert_matches_type(Run, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.create(
                thread_id="thread_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
                assistant_id="string",
                model="gpt-4o",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[
                    {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                ],
                tools=[{"type": "code_interpreter"}],
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

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.create(
                thread_id="thread_id", assistant_id="string"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.create(
                thread_id="thread_id", assistant_id="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_create_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = await async_client.beta.threads.runs.create(
                thread_id="thread_id", assistant_id="string", stream=True
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
    async def test_method_create_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = await async_client.beta.threads.runs.create(
                thread_id="thread_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
                assistant_id="string",
                model="gpt-4o",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[
                    {"role": "user", "content": "string", "attachments": [{}], "metadata": {"foo": "string"}}
                ],
                tools=[{"type": "code_interpreter"}],
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
    async def test_raw_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.create(
                thread_id="thread_id", assistant_id="string", stream=True
            )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_create_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.create(
                thread_id="thread_id", assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                stream = await response.parse()
                assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
                await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.create(thread_id="", assistant_id="string")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.list(thread_id="thread_id")
        assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.list(
                thread_id="thread_id", limit=20, order="desc", after="string", before="string"
            )
        assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.list(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.list(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(AsyncCursorPage[Run], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.list(thread_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.retrieve(thread_id="thread_id", run_id="run_id")
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.retrieve(
                thread_id="thread_id", run_id="run_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.retrieve(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.retrieve(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.retrieve(thread_id="thread_id", run_id="")

    async def test_method_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}]
            )
        assert_matches_type(Run, result, path=["response"])

    async def test_method_submit_tool_outputs_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id",
                run_id="run_id",
                tool_outputs=[{"tool_call_id": "string", "output": "string"}],
                stream=False,
            )
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}]
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}]
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_submit_tool_outputs_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = await async_client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}], stream=True
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
    async def test_method_submit_tool_outputs_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            stream = await async_client.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_id",
                run_id="run_id",
                tool_outputs=[{"tool_call_id": "string", "output": "string"}],
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
    async def test_raw_response_submit_tool_outputs_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}], stream=True
            )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_submit_tool_outputs_stream(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                thread_id="thread_id", run_id="run_id", tool_outputs=[{}], stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                stream = await response.parse()
                assert_matches_type(AsyncStream[AssistantStreamEvent], stream, path=["response"])
                await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_path_params_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    thread_id="", run_id="run_id", tool_outputs=[{}]
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    thread_id="thread_id", run_id="", tool_outputs=[{}]
                )

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.update(thread_id="thread_id", run_id="run_id")
        assert_matches_type(Run, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.update(
                thread_id="thread_id", run_id="run_id", metadata={"foo": "string"}
            )
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.update(
                thread_id="thread_id", run_id="run_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.update(
                thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.update(thread_id="", run_id="run_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`run_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.runs.with_raw_response.update(thread_id="thread_id", run_id="")
