# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai._streaming import AsyncStream, Stream
from openai.types.image_edit_stream_event import ImageEditStreamEvent
from openai.types.image_gen_stream_event import ImageGenStreamEvent
from openai.types.images_response import ImagesResponse
from tests.utils import assert_matches_type


class TestImages:
    def test_method_create_variation(self, client: OpenAI) -> None:
        result = client.images.create_variation(image=b"raw file contents")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_create_variation_with_all_params(self, client: OpenAI) -> None:
        result = client.images.create_variation(
            image=b"raw file contents", model="dall-e-2", n=1, response_format="url", size="1024x1024", user="user-1234"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_create_variation(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.create_variation(image=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_create_variation(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_edit(self, client: OpenAI) -> None:
        result = client.images.edit(image=b"raw file contents", prompt="A cute baby sea otter wearing a beret")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_edit_with_all_params(self, client: OpenAI) -> None:
        result = client.images.edit(
            image=b"raw file contents",
            prompt="A cute baby sea otter wearing a beret",
            mask=b"raw file contents",
            background="transparent",
            model="gpt-image-1.5",
            n=1,
            size="1024x1024",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="user-1234",
            input_fidelity="high",
            partial_images=1,
            quality="high",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_edit(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_edit(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_edit_stream(self, client: OpenAI) -> None:
        stream = client.images.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        )
        assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_edit_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.images.edit(
            image=b"raw file contents",
            prompt="A cute baby sea otter wearing a beret",
            mask=b"raw file contents",
            background="transparent",
            model="gpt-image-1.5",
            n=1,
            size="1024x1024",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="user-1234",
            input_fidelity="high",
            partial_images=1,
            quality="high",
            stream=True,
        )
        assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_edit_stream(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_edit_stream(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True

    def test_method_generate(self, client: OpenAI) -> None:
        result = client.images.generate(prompt="A cute baby sea otter")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_generate_with_all_params(self, client: OpenAI) -> None:
        result = client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            n=1,
            quality="medium",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="1024x1024",
            moderation="low",
            background="transparent",
            style="vivid",
            user="user-1234",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_generate(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="A cute baby sea otter")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_generate(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="A cute baby sea otter") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_generate_stream(self, client: OpenAI) -> None:
        stream = client.images.generate(prompt="A cute baby sea otter", stream=True)
        assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_method_generate_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            n=1,
            quality="medium",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="1024x1024",
            moderation="low",
            background="transparent",
            style="vivid",
            user="user-1234",
            stream=True,
        )
        assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_raw_response_generate_stream(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="A cute baby sea otter", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    def test_streaming_response_generate_stream(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="A cute baby sea otter", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True


class TestAsyncImages:
    async def test_method_create_variation(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.create_variation(image=b"raw file contents")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_create_variation_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.create_variation(
            image=b"raw file contents", model="dall-e-2", n=1, response_format="url", size="1024x1024", user="user-1234"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.create_variation(image=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_edit(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_edit_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            image=b"raw file contents",
            prompt="A cute baby sea otter wearing a beret",
            mask=b"raw file contents",
            background="transparent",
            model="gpt-image-1.5",
            n=1,
            size="1024x1024",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="user-1234",
            input_fidelity="high",
            partial_images=1,
            quality="high",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_edit(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_edit(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_edit_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        )
        assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_edit_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.edit(
            image=b"raw file contents",
            prompt="A cute baby sea otter wearing a beret",
            mask=b"raw file contents",
            background="transparent",
            model="gpt-image-1.5",
            n=1,
            size="1024x1024",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="user-1234",
            input_fidelity="high",
            partial_images=1,
            quality="high",
            stream=True,
        )
        assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_edit_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        )
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_edit_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_method_generate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(prompt="A cute baby sea otter")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_generate_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            n=1,
            quality="medium",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="1024x1024",
            moderation="low",
            background="transparent",
            style="vivid",
            user="user-1234",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_generate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="A cute baby sea otter")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_generate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(prompt="A cute baby sea otter") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_generate_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.generate(prompt="A cute baby sea otter", stream=True)
        assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_method_generate_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            n=1,
            quality="medium",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="1024x1024",
            moderation="low",
            background="transparent",
            style="vivid",
            user="user-1234",
            stream=True,
        )
        assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_raw_response_generate_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="A cute baby sea otter", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(
        reason="Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
    )
    async def test_streaming_response_generate_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(
            prompt="A cute baby sea otter", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True
