# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

import httpx
from typing_extensions import Literal

from ..._base_client import AsyncPaginator, make_request_options
from ..._compat import cached_property
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ...lib._pollers import AsyncVectorStoreFilesPolling, VectorStoreFilesPolling
from ...pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
from ...types.vector_store_file_attributes_param import VectorStoreFileAttributesParam
from ...types.vector_stores import file_create_params, file_list_params, file_update_params
from ...types.vector_stores.file_content_response import FileContentResponse
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted

__all__ = ["Files", "AsyncFiles"]


class Files(VectorStoreFilesPolling):
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

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[FileContentResponse]:
        """
        Retrieve the parsed contents of a vector store file.

        Args:
          vector_store_id: The ID of the vector store.

          file_id: The ID of the file within the vector store.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}/content",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            page=SyncPage[FileContentResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=FileContentResponse,
        )

    def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.

        Args:
          vector_store_id: The ID of the vector store for which to create a File.

          file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.

          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._post(
            path_template(
                "/vector_stores/{vector_store_id}/files",
                vector_store_id=vector_store_id,
            ),
            body=maybe_transform(
                {
                    "file_id": file_id,
                    "chunking_strategy": chunking_strategy,
                    "attributes": attributes,
                },
                file_create_params.FileCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFile,
        )

    def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileDeleted:
        """
        Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.

          file_id: The ID of the file to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._delete(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileDeleted,
        )

    def list(
        self,
        vector_store_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[VectorStoreFile]:
        """
        Returns a list of vector store files.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/vector_stores/{vector_store_id}/files",
                vector_store_id=vector_store_id,
            ),
            page=SyncCursorPage[VectorStoreFile],
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
                        "before": before,
                        "filter": filter,
                    },
                    file_list_params.FileListParams,
                ),
            ),
            model=VectorStoreFile,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Retrieves a vector store file.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.

          file_id: The ID of the file being retrieved.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFile,
        )

    def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[VectorStoreFileAttributesParam],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Update attributes on a vector store file.

        Args:
          vector_store_id: The ID of the vector store the file belongs to.

          file_id: The ID of the file to update attributes.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._post(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            body=maybe_transform(
                {
                    "attributes": attributes,
                },
                file_update_params.FileUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFile,
        )


class AsyncFiles(AsyncVectorStoreFilesPolling):
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

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileContentResponse, AsyncPage[FileContentResponse]]:
        """
        Retrieve the parsed contents of a vector store file.

        Args:
          vector_store_id: The ID of the vector store.

          file_id: The ID of the file within the vector store.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}/content",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            page=AsyncPage[FileContentResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=FileContentResponse,
        )

    async def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.

        Args:
          vector_store_id: The ID of the vector store for which to create a File.

          file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.

          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/vector_stores/{vector_store_id}/files",
                vector_store_id=vector_store_id,
            ),
            body=await async_maybe_transform(
                {
                    "file_id": file_id,
                    "chunking_strategy": chunking_strategy,
                    "attributes": attributes,
                },
                file_create_params.FileCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFile,
        )

    async def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileDeleted:
        """
        Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.

          file_id: The ID of the file to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._delete(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileDeleted,
        )

    def list(
        self,
        vector_store_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """
        Returns a list of vector store files.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/vector_stores/{vector_store_id}/files",
                vector_store_id=vector_store_id,
            ),
            page=AsyncCursorPage[VectorStoreFile],
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
                        "before": before,
                        "filter": filter,
                    },
                    file_list_params.FileListParams,
                ),
            ),
            model=VectorStoreFile,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Retrieves a vector store file.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.

          file_id: The ID of the file being retrieved.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFile,
        )

    async def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[VectorStoreFileAttributesParam],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Update attributes on a vector store file.

        Args:
          vector_store_id: The ID of the vector store the file belongs to.

          file_id: The ID of the file to update attributes.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                vector_store_id=vector_store_id,
                file_id=file_id,
            ),
            body=await async_maybe_transform(
                {
                    "attributes": attributes,
                },
                file_update_params.FileUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFile,
        )


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files

        self.content = to_raw_response_wrapper(
            files.content,
        )

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

        self.update = to_raw_response_wrapper(
            files.update,
        )


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files

        self.content = async_to_raw_response_wrapper(
            files.content,
        )

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

        self.update = async_to_raw_response_wrapper(
            files.update,
        )


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files

        self.content = to_streamed_response_wrapper(
            files.content,
        )

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

        self.update = to_streamed_response_wrapper(
            files.update,
        )


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files

        self.content = async_to_streamed_response_wrapper(
            files.content,
        )

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

        self.update = async_to_streamed_response_wrapper(
            files.update,
        )
