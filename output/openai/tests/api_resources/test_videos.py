# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._response import HttpxBinaryResponseContent
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.video import Video
from openai.types.video_create_character_response import VideoCreateCharacterResponse
from openai.types.video_delete_response import VideoDeleteResponse
from openai.types.video_get_character_response import VideoGetCharacterResponse
from tests.utils import assert_matches_type


class TestVideos:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.videos.create(prompt="string")
        assert_matches_type(Video, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.videos.create(
            model="string", prompt="string", input_reference=b"raw file contents", seconds="4", size="720x1280"
        )
        assert_matches_type(Video, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.create(prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.create(prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_create_character(self, client: OpenAI) -> None:
        result = client.videos.create_character(video=b"raw file contents", name="string")
        assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    def test_raw_response_create_character(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.create_character(video=b"raw file contents", name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    def test_streaming_response_create_character(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.create_character(
            video=b"raw file contents", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.videos.delete(video_id="video_123")
        assert_matches_type(VideoDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.delete(video_id="video_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VideoDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.delete(video_id="video_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            client.videos.with_raw_response.delete(video_id="")

    def test_method_download_content(self, client: OpenAI) -> None:
        result = client.videos.download_content(video_id="video_123")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_method_download_content_with_all_params(self, client: OpenAI) -> None:
        result = client.videos.download_content(video_id="video_123", variant="video")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_raw_response_download_content(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.download_content(video_id="video_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    def test_streaming_response_download_content(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.download_content(video_id="video_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    def test_path_params_download_content(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            client.videos.with_raw_response.download_content(video_id="")

    def test_method_edit(self, client: OpenAI) -> None:
        result = client.videos.edit(video=b"raw file contents", prompt="string")
        assert_matches_type(Video, result, path=["response"])

    def test_raw_response_edit(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.edit(video=b"raw file contents", prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_edit(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.edit(video=b"raw file contents", prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_extend(self, client: OpenAI) -> None:
        result = client.videos.extend(video=b"raw file contents", prompt="string", seconds="4")
        assert_matches_type(Video, result, path=["response"])

    def test_raw_response_extend(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.extend(video=b"raw file contents", prompt="string", seconds="4")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_extend(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.extend(
            video=b"raw file contents", prompt="string", seconds="4"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_get_character(self, client: OpenAI) -> None:
        result = client.videos.get_character(character_id="char_123")
        assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    def test_raw_response_get_character(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.get_character(character_id="char_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    def test_streaming_response_get_character(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.get_character(character_id="char_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoGetCharacterResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_get_character(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`character_id` must be a non-empty string, got ''"):
            client.videos.with_raw_response.get_character(character_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.videos.list()
        assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.videos.list(limit=1, order="asc", after="string")
        assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_remix(self, client: OpenAI) -> None:
        result = client.videos.remix(video_id="video_123", prompt="string")
        assert_matches_type(Video, result, path=["response"])

    def test_raw_response_remix(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.remix(video_id="video_123", prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_remix(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.remix(video_id="video_123", prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_remix(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            client.videos.with_raw_response.remix(video_id="", prompt="string")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.videos.retrieve(video_id="video_123")
        assert_matches_type(Video, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.videos.with_raw_response.retrieve(video_id="video_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.videos.with_streaming_response.retrieve(video_id="video_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            client.videos.with_raw_response.retrieve(video_id="")


class TestAsyncVideos:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.create(prompt="string")
        assert_matches_type(Video, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.create(
            model="string", prompt="string", input_reference=b"raw file contents", seconds="4", size="720x1280"
        )
        assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.create(prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.create(prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_create_character(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.create_character(video=b"raw file contents", name="string")
        assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    async def test_raw_response_create_character(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.create_character(
            video=b"raw file contents", name="string"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    async def test_streaming_response_create_character(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.create_character(
            video=b"raw file contents", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.delete(video_id="video_123")
        assert_matches_type(VideoDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.delete(video_id="video_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VideoDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.delete(video_id="video_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VideoDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            await async_client.videos.with_raw_response.delete(video_id="")

    async def test_method_download_content(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.download_content(video_id="video_123")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_method_download_content_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.download_content(video_id="video_123", variant="video")
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_raw_response_download_content(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.download_content(video_id="video_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(HttpxBinaryResponseContent, result, path=["response"])
        assert isinstance(result.content, bytes)

    async def test_streaming_response_download_content(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.download_content(video_id="video_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert isinstance(result, bytes)
        assert cast(Any, response.is_closed) is True

    async def test_path_params_download_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            await async_client.videos.with_raw_response.download_content(video_id="")

    async def test_method_edit(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.edit(video=b"raw file contents", prompt="string")
        assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_edit(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.edit(video=b"raw file contents", prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_edit(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.edit(
            video=b"raw file contents", prompt="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_extend(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.extend(video=b"raw file contents", prompt="string", seconds="4")
        assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_extend(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.extend(
            video=b"raw file contents", prompt="string", seconds="4"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_extend(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.extend(
            video=b"raw file contents", prompt="string", seconds="4"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_get_character(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.get_character(character_id="char_123")
        assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    async def test_raw_response_get_character(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.get_character(character_id="char_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    async def test_streaming_response_get_character(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.get_character(character_id="char_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(VideoGetCharacterResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_get_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`character_id` must be a non-empty string, got ''"):
            await async_client.videos.with_raw_response.get_character(character_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.list()
        assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.list(limit=1, order="asc", after="string")
        assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_remix(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.remix(video_id="video_123", prompt="string")
        assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_remix(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.remix(video_id="video_123", prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_remix(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.remix(video_id="video_123", prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_remix(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            await async_client.videos.with_raw_response.remix(video_id="", prompt="string")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.videos.retrieve(video_id="video_123")
        assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.videos.with_raw_response.retrieve(video_id="video_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.videos.with_streaming_response.retrieve(video_id="video_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Video, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`video_id` must be a non-empty string, got ''"):
            await async_client.videos.with_raw_response.retrieve(video_id="")
