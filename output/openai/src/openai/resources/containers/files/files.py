# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Mapping, cast

import httpx
from typing_extensions import Literal

from ...._base_client import AsyncPaginator, make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, FileTypes, Headers, NoneType, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    async_maybe_transform,
    deepcopy_minimal,
    extract_files,
    maybe_transform,
    path_template,
)
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.containers import file_create_params, file_list_params
from ....types.containers.file_create_response import FileCreateResponse
from ....types.containers.file_list_response import FileListResponse
from ....types.containers.file_retrieve_response import FileRetrieveResponse
from .content import (
    AsyncContent,
    AsyncContentWithRawResponse,
    AsyncContentWithStreamingResponse,
    Content,
    ContentWithRawResponse,
    ContentWithStreamingResponse,
)

__all__ = ["Files", "AsyncFiles"]


class Files(SyncAPIResource):
    @cached_property
    def content(self) -> Content:
        return Content(self._client)

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return FilesWithStreamingResponse(self)

    def create(
        self,
        container_id: str,
        *,
        file_id: str | Omit = omit,
        file: FileTypes | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileCreateResponse:
        """
        Creates a container file.

        Args:
          file_id: Name of the file to create.

          file: The File object (not file name) to be uploaded.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        body = deepcopy_minimal(
            {
                "file_id": file_id,
                "file": file,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            path_template(
                "/containers/{container_id}/files",
                container_id=container_id,
            ),
            body=maybe_transform(body, file_create_params.FileCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileCreateResponse,
        )

    def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Delete a container file.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return self._delete(
            path_template(
                "/containers/{container_id}/files/{file_id}",
                container_id=container_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        container_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FileListResponse]:
        """
        Lists container files.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        return self._get_api_list(
            path_template(
                "/containers/{container_id}/files",
                container_id=container_id,
            ),
            page=SyncCursorPage[FileListResponse],
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
                    file_list_params.FileListParams,
                ),
            ),
            model=FileListResponse,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileRetrieveResponse:
        """
        Retrieves a container file.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return self._get(
            path_template(
                "/containers/{container_id}/files/{file_id}",
                container_id=container_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileRetrieveResponse,
        )


class AsyncFiles(AsyncAPIResource):
    @cached_property
    def content(self) -> AsyncContent:
        return AsyncContent(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncFilesWithStreamingResponse(self)

    async def create(
        self,
        container_id: str,
        *,
        file_id: str | Omit = omit,
        file: FileTypes | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileCreateResponse:
        """
        Creates a container file.

        Args:
          file_id: Name of the file to create.

          file: The File object (not file name) to be uploaded.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        body = deepcopy_minimal(
            {
                "file_id": file_id,
                "file": file,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/containers/{container_id}/files",
                container_id=container_id,
            ),
            body=await async_maybe_transform(body, file_create_params.FileCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileCreateResponse,
        )

    async def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Delete a container file.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return await self._delete(
            path_template(
                "/containers/{container_id}/files/{file_id}",
                container_id=container_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        container_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileListResponse, AsyncCursorPage[FileListResponse]]:
        """
        Lists container files.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        return self._get_api_list(
            path_template(
                "/containers/{container_id}/files",
                container_id=container_id,
            ),
            page=AsyncCursorPage[FileListResponse],
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
                    file_list_params.FileListParams,
                ),
            ),
            model=FileListResponse,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileRetrieveResponse:
        """
        Retrieves a container file.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return await self._get(
            path_template(
                "/containers/{container_id}/files/{file_id}",
                container_id=container_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileRetrieveResponse,
        )


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files

        self.create = to_raw_response_wrapper(
            files.create,
        )

        self.delete = to_raw_response_wrapper(
            files.delete,
        )

        self.list = to_raw_response_wrapper(
            files.list,
        )

        self.retrieve = to_raw_response_wrapper(
            files.retrieve,
        )

    @cached_property
    def content(self) -> ContentWithRawResponse:
        return ContentWithRawResponse(self._files.content)


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files

        self.create = async_to_raw_response_wrapper(
            files.create,
        )

        self.delete = async_to_raw_response_wrapper(
            files.delete,
        )

        self.list = async_to_raw_response_wrapper(
            files.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            files.retrieve,
        )

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        return AsyncContentWithRawResponse(self._files.content)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files

        self.create = to_streamed_response_wrapper(
            files.create,
        )

        self.delete = to_streamed_response_wrapper(
            files.delete,
        )

        self.list = to_streamed_response_wrapper(
            files.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            files.retrieve,
        )

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        return ContentWithStreamingResponse(self._files.content)


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files

        self.create = async_to_streamed_response_wrapper(
            files.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            files.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            files.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            files.retrieve,
        )

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        return AsyncContentWithStreamingResponse(self._files.content)
