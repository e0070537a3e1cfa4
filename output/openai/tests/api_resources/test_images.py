# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI, UnprocessableEntityError
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
            image=b"raw file contents", model="string", n=1, response_format="url", size="1024x1024", user="string"
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

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    def test_method_edit(self, client: OpenAI) -> None:
        result = client.images.edit(images=[{}], prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    def test_method_edit_with_all_params(self, client: OpenAI) -> None:
        result = client.images.edit(
            model="string",
            images=[{"image_url": "string", "file_id": "string"}],
            mask={"image_url": "string", "file_id": "string"},
            prompt="string",
            n=1,
            quality="auto",
            input_fidelity="high",
            size="auto",
            user="string",
            output_format="png",
            output_compression=1,
            moderation="auto",
            background="auto",
            partial_images=1,
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    def test_raw_response_edit(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(images=[{}], prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    def test_streaming_response_edit(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(images=[{}], prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_method_edit_stream(self, client: OpenAI) -> None:
        stream = client.images.edit(images=[{}], prompt="string", stream=True)
        assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_method_edit_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.images.edit(
            model="string",
            images=[{"image_url": "string", "file_id": "string"}],
            mask={"image_url": "string", "file_id": "string"},
            prompt="string",
            n=1,
            quality="auto",
            input_fidelity="high",
            size="auto",
            user="string",
            output_format="png",
            output_compression=1,
            moderation="auto",
            background="auto",
            partial_images=1,
            stream=True,
        )
        assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_raw_response_edit_stream(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(images=[{}], prompt="string", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_streaming_response_edit_stream(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(images=[{}], prompt="string", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = response.parse()
            assert_matches_type(Stream[ImageEditStreamEvent], stream, path=["response"])
            stream.close()
        assert cast(Any, response.is_closed) is True

    def test_method_generate(self, client: OpenAI) -> None:
        result = client.images.generate(prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_generate_with_all_params(self, client: OpenAI) -> None:
        result = client.images.generate(
            prompt="string",
            model="string",
            n=1,
            quality="auto",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="string",
            moderation="auto",
            background="auto",
            style="vivid",
            user="string",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_generate(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_generate(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_method_generate_stream(self, client: OpenAI) -> None:
        stream = client.images.generate(prompt="string", stream=True)
        assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_method_generate_stream_with_all_params(self, client: OpenAI) -> None:
        stream = client.images.generate(
            prompt="string",
            model="string",
            n=1,
            quality="auto",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="string",
            moderation="auto",
            background="auto",
            style="vivid",
            user="string",
            stream=True,
        )
        assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_raw_response_generate_stream(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="string", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = response.parse()
        assert_matches_type(Stream[ImageGenStreamEvent], stream, path=["response"])
        stream.close()

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    def test_streaming_response_generate_stream(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="string", stream=True) as response:
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
            image=b"raw file contents", model="string", n=1, response_format="url", size="1024x1024", user="string"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.create_variation(image=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = await response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    async def test_method_edit(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(images=[{}], prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    async def test_method_edit_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            model="string",
            images=[{"image_url": "string", "file_id": "string"}],
            mask={"image_url": "string", "file_id": "string"},
            prompt="string",
            n=1,
            quality="auto",
            input_fidelity="high",
            size="auto",
            user="string",
            output_format="png",
            output_compression=1,
            moderation="auto",
            background="auto",
            partial_images=1,
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    async def test_raw_response_edit(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(images=[{}], prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = await response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    @pytest.mark.xfail(
        strict=True,
        raises=UnprocessableEntityError,
        reason='the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not carry (images[] needs image_url (format "uri") or file_id, not both); Prism answers 422',
    )
    async def test_streaming_response_edit(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(images=[{}], prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_method_edit_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.edit(images=[{}], prompt="string", stream=True)
        assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_method_edit_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.edit(
            model="string",
            images=[{"image_url": "string", "file_id": "string"}],
            mask={"image_url": "string", "file_id": "string"},
            prompt="string",
            n=1,
            quality="auto",
            input_fidelity="high",
            size="auto",
            user="string",
            output_format="png",
            output_compression=1,
            moderation="auto",
            background="auto",
            partial_images=1,
            stream=True,
        )
        assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageEditStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_raw_response_edit_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(images=[{}], prompt="string", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = await response.parse()
        assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_streaming_response_edit_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(
            images=[{}], prompt="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ImageEditStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True

    async def test_method_generate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_generate_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(
            prompt="string",
            model="string",
            n=1,
            quality="auto",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="string",
            moderation="auto",
            background="auto",
            style="vivid",
            user="string",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_generate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = await response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_generate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_method_generate_stream(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.generate(prompt="string", stream=True)
        assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_method_generate_stream_with_all_params(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.generate(
            prompt="string",
            model="string",
            n=1,
            quality="auto",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="string",
            moderation="auto",
            background="auto",
            style="vivid",
            user="string",
            stream=True,
        )
        assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
        chunks = 0
        async for chunk in stream:
            assert_matches_type(ImageGenStreamEvent, chunk, path=["chunk", str(chunks)])
            chunks += 1
        assert chunks > 0

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_raw_response_generate_stream(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="string", stream=True)
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        stream = await response.parse()
        assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
        await stream.close()

    @pytest.mark.skip(reason="Prism cannot serve text/event-stream for object schemas")
    async def test_streaming_response_generate_stream(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(prompt="string", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            stream = await response.parse()
            assert_matches_type(AsyncStream[ImageGenStreamEvent], stream, path=["response"])
            await stream.close()
        assert cast(Any, response.is_closed) is True
