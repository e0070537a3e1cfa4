# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

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
from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ..._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ...lib._pollers import AsyncFileBatchesPolling, FileBatchesPolling
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.create_vector_store_file_request_param import CreateVectorStoreFileRequestParam
from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
from ...types.vector_store_file_attributes_param import VectorStoreFileAttributesParam
from ...types.vector_stores import file_batch_create_params, file_batch_list_files_params
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_batch import VectorStoreFileBatch

__all__ = ["FileBatches", "AsyncFileBatches"]


class FileBatches(FileBatchesPolling):
    @cached_property
    def with_raw_response(self) -> FileBatchesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return FileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FileBatchesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return FileBatchesWithStreamingResponse(self)

    def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.

          batch_id: The ID of the file batch to cancel.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not batch_id:
            raise ValueError(f"`batch_id` must be a non-empty string, got {batch_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._post(
            path_template(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                vector_store_id=vector_store_id,
                batch_id=batch_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileBatch,
        )

    def create(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[CreateVectorStoreFileRequestParam] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint is recommended.

        Args:
          vector_store_id: The ID of the vector store for which to create a File Batch.

          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.

          files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.

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
                "/vector_stores/{vector_store_id}/file_batches",
                vector_store_id=vector_store_id,
            ),
            body=maybe_transform(
                {
                    "file_ids": file_ids,
                    "files": files,
                    "chunking_strategy": chunking_strategy,
                    "attributes": attributes,
                },
                file_batch_create_params.FileBatchCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileBatch,
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        Returns a list of vector store files in a batch.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.

          batch_id: The ID of the file batch that the files belong to.

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
        if not batch_id:
            raise ValueError(f"`batch_id` must be a non-empty string, got {batch_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                vector_store_id=vector_store_id,
                batch_id=batch_id,
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
                    file_batch_list_files_params.FileBatchListFilesParams,
                ),
            ),
            model=VectorStoreFile,
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Retrieves a vector store file batch.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.

          batch_id: The ID of the file batch being retrieved.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not batch_id:
            raise ValueError(f"`batch_id` must be a non-empty string, got {batch_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get(
            path_template(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                vector_store_id=vector_store_id,
                batch_id=batch_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileBatch,
        )


class AsyncFileBatches(AsyncFileBatchesPolling):
    @cached_property
    def with_raw_response(self) -> AsyncFileBatchesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFileBatchesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncFileBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.

          batch_id: The ID of the file batch to cancel.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not batch_id:
            raise ValueError(f"`batch_id` must be a non-empty string, got {batch_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                vector_store_id=vector_store_id,
                batch_id=batch_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileBatch,
        )

    async def create(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[CreateVectorStoreFileRequestParam] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint is recommended.

        Args:
          vector_store_id: The ID of the vector store for which to create a File Batch.

          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.

          files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.

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
                "/vector_stores/{vector_store_id}/file_batches",
                vector_store_id=vector_store_id,
            ),
            body=await async_maybe_transform(
                {
                    "file_ids": file_ids,
                    "files": files,
                    "chunking_strategy": chunking_strategy,
                    "attributes": attributes,
                },
                file_batch_create_params.FileBatchCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileBatch,
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        Returns a list of vector store files in a batch.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.

          batch_id: The ID of the file batch that the files belong to.

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
        if not batch_id:
            raise ValueError(f"`batch_id` must be a non-empty string, got {batch_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                vector_store_id=vector_store_id,
                batch_id=batch_id,
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
                    file_batch_list_files_params.FileBatchListFilesParams,
                ),
            ),
            model=VectorStoreFile,
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Retrieves a vector store file batch.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.

          batch_id: The ID of the file batch being retrieved.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not vector_store_id:
            raise ValueError(f"`vector_store_id` must be a non-empty string, got {vector_store_id!r}")
        if not batch_id:
            raise ValueError(f"`batch_id` must be a non-empty string, got {batch_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                vector_store_id=vector_store_id,
                batch_id=batch_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=VectorStoreFileBatch,
        )


class FileBatchesWithRawResponse:
    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches

        self.cancel = to_raw_response_wrapper(
            file_batches.cancel,
        )

        self.create = to_raw_response_wrapper(
            file_batches.create,
        )

        self.list_files = to_raw_response_wrapper(
            file_batches.list_files,
        )

        self.retrieve = to_raw_response_wrapper(
            file_batches.retrieve,
        )


class AsyncFileBatchesWithRawResponse:
    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches

        self.cancel = async_to_raw_response_wrapper(
            file_batches.cancel,
        )

        self.create = async_to_raw_response_wrapper(
            file_batches.create,
        )

        self.list_files = async_to_raw_response_wrapper(
            file_batches.list_files,
        )

        self.retrieve = async_to_raw_response_wrapper(
            file_batches.retrieve,
        )


class FileBatchesWithStreamingResponse:
    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches

        self.cancel = to_streamed_response_wrapper(
            file_batches.cancel,
        )

        self.create = to_streamed_response_wrapper(
            file_batches.create,
        )

        self.list_files = to_streamed_response_wrapper(
            file_batches.list_files,
        )

        self.retrieve = to_streamed_response_wrapper(
            file_batches.retrieve,
        )


class AsyncFileBatchesWithStreamingResponse:
    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches

        self.cancel = async_to_streamed_response_wrapper(
            file_batches.cancel,
        )

        self.create = async_to_streamed_response_wrapper(
            file_batches.create,
        )

        self.list_files = async_to_streamed_response_wrapper(
            file_batches.list_files,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            file_batches.retrieve,
        )
