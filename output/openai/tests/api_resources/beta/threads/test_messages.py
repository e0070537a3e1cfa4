# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta.threads.message import Message
from openai.types.beta.threads.message_deleted import MessageDeleted
from tests.utils import assert_matches_type


class TestMessages:
    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.create(thread_id="thread_id", role="user", content="string")
        assert_matches_type(Message, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.create(
                thread_id="thread_id",
                role="user",
                content="string",
                attachments=[{"file_id": "string", "tools": [{"type": "code_interpreter"}]}],
                metadata={"foo": "string"},
            )
        assert_matches_type(Message, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.create(
                thread_id="thread_id", role="user", content="string"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Message, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.create(
                thread_id="thread_id", role="user", content="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Message, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.create(thread_id="", role="user", content="string")

    def test_method_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.delete(thread_id="thread_id", message_id="message_id")
        assert_matches_type(MessageDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.delete(
                thread_id="thread_id", message_id="message_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(MessageDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.delete(
                thread_id="thread_id", message_id="message_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(MessageDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.delete(thread_id="", message_id="message_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`message_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.delete(thread_id="thread_id", message_id="")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.list(thread_id="thread_id")
        assert_matches_type(SyncCursorPage[Message], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.list(
                thread_id="thread_id", limit=20, order="desc", after="string", before="string", run_id="string"
            )
        assert_matches_type(SyncCursorPage[Message], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.list(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Message], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.list(thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(SyncCursorPage[Message], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.list(thread_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.retrieve(thread_id="thread_id", message_id="message_id")
        assert_matches_type(Message, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.retrieve(
                thread_id="thread_id", message_id="message_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Message, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.retrieve(
                thread_id="thread_id", message_id="message_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Message, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.retrieve(thread_id="", message_id="message_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`message_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.retrieve(thread_id="thread_id", message_id="")

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.update(thread_id="thread_id", message_id="message_id")
        assert_matches_type(Message, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.update(
                thread_id="thread_id", message_id="message_id", metadata={"foo": "string"}
            )
        assert_matches_type(Message, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.update(
                thread_id="thread_id", message_id="message_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Message, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.update(
                thread_id="thread_id", message_id="message_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = response.parse()
                assert_matches_type(Message, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.update(thread_id="", message_id="message_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`message_id` must be a non-empty string, got ''"):
                client.beta.threads.messages.with_raw_response.update(thread_id="thread_id", message_id="")


class TestAsyncMessages:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.create(
                thread_id="thread_id", role="user", content="string"
            )
        assert_matches_type(Message, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.create(
                thread_id="thread_id",
                role="user",
                content="string",
                attachments=[{"file_id": "string", "tools": [{"type": "code_interpreter"}]}],
                metadata={"foo": "string"},
            )
        assert_matches_type(Message, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.create(
                thread_id="thread_id", role="user", content="string"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Message, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.create(
                thread_id="thread_id", role="user", content="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Message, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.create(
                    thread_id="", role="user", content="string"
                )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.delete(thread_id="thread_id", message_id="message_id")
        assert_matches_type(MessageDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.delete(
                thread_id="thread_id", message_id="message_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(MessageDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.delete(
                thread_id="thread_id", message_id="message_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(MessageDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.delete(thread_id="", message_id="message_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`message_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.delete(thread_id="thread_id", message_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.list(thread_id="thread_id")
        assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.list(
                thread_id="thread_id", limit=20, order="desc", after="string", before="string", run_id="string"
            )
        assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.list(thread_id="thread_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.list(
                thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(AsyncCursorPage[Message], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.list(thread_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.retrieve(thread_id="thread_id", message_id="message_id")
        assert_matches_type(Message, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.retrieve(
                thread_id="thread_id", message_id="message_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Message, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.retrieve(
                thread_id="thread_id", message_id="message_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Message, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.retrieve(
                    thread_id="", message_id="message_id"
                )

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`message_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.retrieve(
                    thread_id="thread_id", message_id=""
                )

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.update(thread_id="thread_id", message_id="message_id")
        assert_matches_type(Message, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.update(
                thread_id="thread_id", message_id="message_id", metadata={"foo": "string"}
            )
        assert_matches_type(Message, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.update(
                thread_id="thread_id", message_id="message_id"
            )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Message, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.update(
                thread_id="thread_id", message_id="message_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
                result = await response.parse()
                assert_matches_type(Message, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`thread_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.update(thread_id="", message_id="message_id")

        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"`message_id` must be a non-empty string, got ''"):
                await async_client.beta.threads.messages.with_raw_response.update(thread_id="thread_id", message_id="")
