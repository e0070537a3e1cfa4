# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Mapping, cast

import httpx
from typing_extensions import Literal

from .._base_client import AsyncPaginator, make_request_options
from .._compat import cached_property
from .._response import (
    HttpxBinaryResponseContent,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import Body, FileTypes, Headers, NotGiven, Omit, Query, not_given, omit
from .._utils import (
    async_maybe_transform,
    deepcopy_minimal,
    extract_files,
    maybe_transform,
    path_template,
)
from ..lib._pollers import AsyncVideosPolling, VideosPolling
from ..pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ..types import (
    video_create_character_params,
    video_create_params,
    video_download_content_params,
    video_edit_params,
    video_extend_params,
    video_list_params,
    video_remix_params,
)
from ..types.video import Video
from ..types.video_create_character_response import VideoCreateCharacterResponse
from ..types.video_delete_response import VideoDeleteResponse
from ..types.video_get_character_response import VideoGetCharacterResponse
from ..types.video_model_param import VideoModelParam
from ..types.video_seconds import VideoSeconds
from ..types.video_size import VideoSize

__all__ = ["Videos", "AsyncVideos"]


class Videos(VideosPolling):
    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return VideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VideosWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return VideosWithStreamingResponse(self)

    def create(
        self,
        *,
        prompt: str,
        model: VideoModelParam | Omit = omit,
        input_reference: video_create_params.InputReference | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.

          prompt: Text prompt that describes the video to generate.

          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.

          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "model": model,
                "prompt": prompt,
                "input_reference": input_reference,
                "seconds": seconds,
                "size": size,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["input_reference"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/videos",
            body=maybe_transform(body, video_create_params.VideoCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    def create_character(
        self,
        *,
        video: FileTypes,
        name: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoCreateCharacterResponse:
        """
        Create a character from an uploaded video.

        Args:
          video: Video file used to create a character.

          name: Display name for this API character.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "video": video,
                "name": name,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["video"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/videos/characters",
            body=maybe_transform(body, video_create_character_params.VideoCreateCharacterParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VideoCreateCharacterResponse,
        )

    def delete(
        self,
        video_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoDeleteResponse:
        """
        Permanently delete a completed or failed video and its stored assets.

        Args:
          video_id: The identifier of the video to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        return self._delete(
            path_template(
                "/videos/{video_id}",
                video_id=video_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VideoDeleteResponse,
        )

    def download_content(
        self,
        video_id: str,
        *,
        variant: Literal["video", "thumbnail", "spritesheet"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
          video_id: The identifier of the video whose media to download.

          variant: Which downloadable asset to return. Defaults to the MP4 video.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        extra_headers = {"Accept": "video/mp4", **(extra_headers or {})}
        return self._get(
            path_template(
                "/videos/{video_id}/content",
                video_id=video_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "variant": variant,
                    },
                    video_download_content_params.VideoDownloadContentParams,
                ),
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    def edit(
        self,
        *,
        video: video_edit_params.Video,
        prompt: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job by editing a source video or existing generated video.

        Args:
          prompt: Text prompt that describes how to edit the source video.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "video": video,
                "prompt": prompt,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["video"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/videos/edits",
            body=maybe_transform(body, video_edit_params.VideoEditParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    def extend(
        self,
        *,
        video: video_extend_params.Video,
        prompt: str,
        seconds: VideoSeconds,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create an extension of a completed video.

        Args:
          prompt: Updated text prompt that directs the extension generation.

          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "video": video,
                "prompt": prompt,
                "seconds": seconds,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["video"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/videos/extensions",
            body=maybe_transform(body, video_extend_params.VideoExtendParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    def get_character(
        self,
        character_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoGetCharacterResponse:
        """
        Fetch a character.

        Args:
          character_id: The identifier of the character to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not character_id:
            raise ValueError(f"`character_id` must be a non-empty string, got {character_id!r}")
        return self._get(
            path_template(
                "/videos/characters/{character_id}",
                character_id=character_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VideoGetCharacterResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Video]:
        """
        List recently generated videos for the current project.

        Args:
          limit: Number of items to retrieve

          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.

          after: Identifier for the last item from the previous pagination request

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/videos",
            page=SyncConversationCursorPage[Video],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                    },
                    video_list_params.VideoListParams,
                ),
            ),
            model=Video,
        )

    def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a remix of a completed video using a refreshed prompt.

        Args:
          video_id: The identifier of the completed video to remix.

          prompt: Updated text prompt that directs the remix generation.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        return self._post(
            path_template(
                "/videos/{video_id}/remix",
                video_id=video_id,
            ),
            body=maybe_transform(
                {
                    "prompt": prompt,
                },
                video_remix_params.VideoRemixParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    def retrieve(
        self,
        video_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Fetch the latest metadata for a generated video.

        Args:
          video_id: The identifier of the video to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        return self._get(
            path_template(
                "/videos/{video_id}",
                video_id=video_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )


class AsyncVideos(AsyncVideosPolling):
    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncVideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVideosWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncVideosWithStreamingResponse(self)

    async def create(
        self,
        *,
        prompt: str,
        model: VideoModelParam | Omit = omit,
        input_reference: video_create_params.InputReference | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.

          prompt: Text prompt that describes the video to generate.

          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.

          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "model": model,
                "prompt": prompt,
                "input_reference": input_reference,
                "seconds": seconds,
                "size": size,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["input_reference"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/videos",
            body=await async_maybe_transform(body, video_create_params.VideoCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    async def create_character(
        self,
        *,
        video: FileTypes,
        name: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoCreateCharacterResponse:
        """
        Create a character from an uploaded video.

        Args:
          video: Video file used to create a character.

          name: Display name for this API character.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "video": video,
                "name": name,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["video"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/videos/characters",
            body=await async_maybe_transform(body, video_create_character_params.VideoCreateCharacterParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VideoCreateCharacterResponse,
        )

    async def delete(
        self,
        video_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoDeleteResponse:
        """
        Permanently delete a completed or failed video and its stored assets.

        Args:
          video_id: The identifier of the video to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        return await self._delete(
            path_template(
                "/videos/{video_id}",
                video_id=video_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VideoDeleteResponse,
        )

    async def download_content(
        self,
        video_id: str,
        *,
        variant: Literal["video", "thumbnail", "spritesheet"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
          video_id: The identifier of the video whose media to download.

          variant: Which downloadable asset to return. Defaults to the MP4 video.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        extra_headers = {"Accept": "video/mp4", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/videos/{video_id}/content",
                video_id=video_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=await async_maybe_transform(
                    {
                        "variant": variant,
                    },
                    video_download_content_params.VideoDownloadContentParams,
                ),
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    async def edit(
        self,
        *,
        video: video_edit_params.Video,
        prompt: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job by editing a source video or existing generated video.

        Args:
          prompt: Text prompt that describes how to edit the source video.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "video": video,
                "prompt": prompt,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["video"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/videos/edits",
            body=await async_maybe_transform(body, video_edit_params.VideoEditParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    async def extend(
        self,
        *,
        video: video_extend_params.Video,
        prompt: str,
        seconds: VideoSeconds,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create an extension of a completed video.

        Args:
          prompt: Updated text prompt that directs the extension generation.

          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "video": video,
                "prompt": prompt,
                "seconds": seconds,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["video"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/videos/extensions",
            body=await async_maybe_transform(body, video_extend_params.VideoExtendParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    async def get_character(
        self,
        character_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoGetCharacterResponse:
        """
        Fetch a character.

        Args:
          character_id: The identifier of the character to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not character_id:
            raise ValueError(f"`character_id` must be a non-empty string, got {character_id!r}")
        return await self._get(
            path_template(
                "/videos/characters/{character_id}",
                character_id=character_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VideoGetCharacterResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Video, AsyncConversationCursorPage[Video]]:
        """
        List recently generated videos for the current project.

        Args:
          limit: Number of items to retrieve

          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.

          after: Identifier for the last item from the previous pagination request

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/videos",
            page=AsyncConversationCursorPage[Video],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                    },
                    video_list_params.VideoListParams,
                ),
            ),
            model=Video,
        )

    async def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a remix of a completed video using a refreshed prompt.

        Args:
          video_id: The identifier of the completed video to remix.

          prompt: Updated text prompt that directs the remix generation.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        return await self._post(
            path_template(
                "/videos/{video_id}/remix",
                video_id=video_id,
            ),
            body=await async_maybe_transform(
                {
                    "prompt": prompt,
                },
                video_remix_params.VideoRemixParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )

    async def retrieve(
        self,
        video_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """
        Fetch the latest metadata for a generated video.

        Args:
          video_id: The identifier of the video to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not video_id:
            raise ValueError(f"`video_id` must be a non-empty string, got {video_id!r}")
        return await self._get(
            path_template(
                "/videos/{video_id}",
                video_id=video_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Video,
        )


class VideosWithRawResponse:
    def __init__(self, videos: Videos) -> None:
        self._videos = videos

        self.create = to_raw_response_wrapper(
            videos.create,
        )

        self.create_character = to_raw_response_wrapper(
            videos.create_character,
        )

        self.delete = to_raw_response_wrapper(
            videos.delete,
        )

        self.download_content = to_raw_response_wrapper(
            videos.download_content,
        )

        self.edit = to_raw_response_wrapper(
            videos.edit,
        )

        self.extend = to_raw_response_wrapper(
            videos.extend,
        )

        self.get_character = to_raw_response_wrapper(
            videos.get_character,
        )

        self.list = to_raw_response_wrapper(
            videos.list,
        )

        self.remix = to_raw_response_wrapper(
            videos.remix,
        )

        self.retrieve = to_raw_response_wrapper(
            videos.retrieve,
        )


class AsyncVideosWithRawResponse:
    def __init__(self, videos: AsyncVideos) -> None:
        self._videos = videos

        self.create = async_to_raw_response_wrapper(
            videos.create,
        )

        self.create_character = async_to_raw_response_wrapper(
            videos.create_character,
        )

        self.delete = async_to_raw_response_wrapper(
            videos.delete,
        )

        self.download_content = async_to_raw_response_wrapper(
            videos.download_content,
        )

        self.edit = async_to_raw_response_wrapper(
            videos.edit,
        )

        self.extend = async_to_raw_response_wrapper(
            videos.extend,
        )

        self.get_character = async_to_raw_response_wrapper(
            videos.get_character,
        )

        self.list = async_to_raw_response_wrapper(
            videos.list,
        )

        self.remix = async_to_raw_response_wrapper(
            videos.remix,
        )

        self.retrieve = async_to_raw_response_wrapper(
            videos.retrieve,
        )


class VideosWithStreamingResponse:
    def __init__(self, videos: Videos) -> None:
        self._videos = videos

        self.create = to_streamed_response_wrapper(
            videos.create,
        )

        self.create_character = to_streamed_response_wrapper(
            videos.create_character,
        )

        self.delete = to_streamed_response_wrapper(
            videos.delete,
        )

        self.download_content = to_streamed_response_wrapper(
            videos.download_content,
        )

        self.edit = to_streamed_response_wrapper(
            videos.edit,
        )

        self.extend = to_streamed_response_wrapper(
            videos.extend,
        )

        self.get_character = to_streamed_response_wrapper(
            videos.get_character,
        )

        self.list = to_streamed_response_wrapper(
            videos.list,
        )

        self.remix = to_streamed_response_wrapper(
            videos.remix,
        )

        self.retrieve = to_streamed_response_wrapper(
            videos.retrieve,
        )


class AsyncVideosWithStreamingResponse:
    def __init__(self, videos: AsyncVideos) -> None:
        self._videos = videos

        self.create = async_to_streamed_response_wrapper(
            videos.create,
        )

        self.create_character = async_to_streamed_response_wrapper(
            videos.create_character,
        )

        self.delete = async_to_streamed_response_wrapper(
            videos.delete,
        )

        self.download_content = async_to_streamed_response_wrapper(
            videos.download_content,
        )

        self.edit = async_to_streamed_response_wrapper(
            videos.edit,
        )

        self.extend = async_to_streamed_response_wrapper(
            videos.extend,
        )

        self.get_character = async_to_streamed_response_wrapper(
            videos.get_character,
        )

        self.list = async_to_streamed_response_wrapper(
            videos.list,
        )

        self.remix = async_to_streamed_response_wrapper(
            videos.remix,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            videos.retrieve,
        )
