# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Mapping, cast

import httpx

from ...._base_client import make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    async_maybe_transform,
    deepcopy_minimal,
    extract_files,
    maybe_transform,
    path_template,
)
from ....types.pet_photo import PetPhoto
from ....types.pets import photo_create_params
from .content import (
    AsyncContent,
    AsyncContentWithRawResponse,
    AsyncContentWithStreamingResponse,
    Content,
    ContentWithRawResponse,
    ContentWithStreamingResponse,
)

__all__ = ["Photo", "AsyncPhoto"]


class Photo(SyncAPIResource):
    @cached_property
    def content(self) -> Content:
        return Content(self._client)

    @cached_property
    def with_raw_response(self) -> PhotoWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return PhotoWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PhotoWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return PhotoWithStreamingResponse(self)

    def create(
        self,
        pet_id: str,
        *,
        file: FileTypes,
        caption: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetPhoto:
        """
        Uploads a photo of the pet, replacing the previous one.

        Args:
          pet_id: The ID of the pet.

          file: The image file, PNG or JPEG.

          caption: A caption for the photo.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        body = deepcopy_minimal(
            {
                "file": file,
                "caption": caption,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            path_template(
                "/pets/{pet_id}/photo",
                pet_id=pet_id,
            ),
            body=maybe_transform(body, photo_create_params.PhotoCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetPhoto,
        )


class AsyncPhoto(AsyncAPIResource):
    @cached_property
    def content(self) -> AsyncContent:
        return AsyncContent(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncPhotoWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncPhotoWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPhotoWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncPhotoWithStreamingResponse(self)

    async def create(
        self,
        pet_id: str,
        *,
        file: FileTypes,
        caption: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetPhoto:
        """
        Uploads a photo of the pet, replacing the previous one.

        Args:
          pet_id: The ID of the pet.

          file: The image file, PNG or JPEG.

          caption: A caption for the photo.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        body = deepcopy_minimal(
            {
                "file": file,
                "caption": caption,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/pets/{pet_id}/photo",
                pet_id=pet_id,
            ),
            body=await async_maybe_transform(body, photo_create_params.PhotoCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetPhoto,
        )


class PhotoWithRawResponse:
    def __init__(self, photo: Photo) -> None:
        self._photo = photo

        self.create = to_raw_response_wrapper(
            photo.create,
        )

    @cached_property
    def content(self) -> ContentWithRawResponse:
        return ContentWithRawResponse(self._photo.content)


class AsyncPhotoWithRawResponse:
    def __init__(self, photo: AsyncPhoto) -> None:
        self._photo = photo

        self.create = async_to_raw_response_wrapper(
            photo.create,
        )

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        return AsyncContentWithRawResponse(self._photo.content)


class PhotoWithStreamingResponse:
    def __init__(self, photo: Photo) -> None:
        self._photo = photo

        self.create = to_streamed_response_wrapper(
            photo.create,
        )

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        return ContentWithStreamingResponse(self._photo.content)


class AsyncPhotoWithStreamingResponse:
    def __init__(self, photo: AsyncPhoto) -> None:
        self._photo = photo

        self.create = async_to_streamed_response_wrapper(
            photo.create,
        )

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        return AsyncContentWithStreamingResponse(self._photo.content)
