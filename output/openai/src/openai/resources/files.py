# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, Mapping, cast

import httpx
from typing_extensions import Literal, deprecated

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
from ..lib._pollers import AsyncFilesPolling, FilesPolling
from ..pagination import AsyncCursorPage, SyncCursorPage
from ..types import file_create_params, file_list_params
from ..types.file_deleted import FileDeleted
from ..types.file_expiration_after_param import FileExpirationAfterParam
from ..types.file_object import FileObject
from ..types.file_purpose import FilePurpose

__all__ = ["Files", "AsyncFiles"]


class Files(FilesPolling):
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
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Returns the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"Accept": "application/json", **(extra_headers or {})}
        return self._get(
            path_template(
                "/files/{file_id}/content",
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    def create(
        self,
        *,
        file: FileTypes,
        purpose: FilePurpose,
        expires_after: FileExpirationAfterParam | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
          file: The File object (not file name) to be uploaded.

          purpose: The intended purpose of the uploaded file. One of:
            - `assistants`: Used in the Assistants API
            - `batch`: Used in the Batch API
            - `fine-tune`: Used for fine-tuning
            - `vision`: Images used for vision fine-tuning
            - `user_data`: Flexible file type for any purpose
            - `evals`: Used for eval data sets

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "file": file,
                "purpose": purpose,
                "expires_after": expires_after,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/files",
            body=maybe_transform(body, file_create_params.FileCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileObject,
        )

    def delete(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileDeleted:
        """
        Delete a file and remove it from all vector stores.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return self._delete(
            path_template(
                "/files/{file_id}",
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileDeleted,
        )

    def list(
        self,
        *,
        purpose: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FileObject]:
        """
        Returns a list of files.

        Args:
          purpose: Only return files with the given purpose.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/files",
            page=SyncCursorPage[FileObject],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "purpose": purpose,
                        "limit": limit,
                        "order": order,
                        "after": after,
                    },
                    file_list_params.FileListParams,
                ),
            ),
            model=FileObject,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Returns information about a specific file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return self._get(
            path_template(
                "/files/{file_id}",
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileObject,
        )

    @deprecated("`retrieve_content` is deprecated: use `content`, which returns the file's bytes")
    def retrieve_content(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str:
        """
        Returns the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"Accept": "application/json", **(extra_headers or {})}
        return cast(
            str,
            self._get(
                path_template(
                    "/files/{file_id}/content",
                    file_id=file_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, str),
            ),
        )


class AsyncFiles(AsyncFilesPolling):
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

    async def content(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Returns the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"Accept": "application/json", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/files/{file_id}/content",
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: FilePurpose,
        expires_after: FileExpirationAfterParam | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
          file: The File object (not file name) to be uploaded.

          purpose: The intended purpose of the uploaded file. One of:
            - `assistants`: Used in the Assistants API
            - `batch`: Used in the Batch API
            - `fine-tune`: Used for fine-tuning
            - `vision`: Images used for vision fine-tuning
            - `user_data`: Flexible file type for any purpose
            - `evals`: Used for eval data sets

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "file": file,
                "purpose": purpose,
                "expires_after": expires_after,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/files",
            body=await async_maybe_transform(body, file_create_params.FileCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileObject,
        )

    async def delete(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileDeleted:
        """
        Delete a file and remove it from all vector stores.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return await self._delete(
            path_template(
                "/files/{file_id}",
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileDeleted,
        )

    def list(
        self,
        *,
        purpose: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]:
        """
        Returns a list of files.

        Args:
          purpose: Only return files with the given purpose.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/files",
            page=AsyncCursorPage[FileObject],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "purpose": purpose,
                        "limit": limit,
                        "order": order,
                        "after": after,
                    },
                    file_list_params.FileListParams,
                ),
            ),
            model=FileObject,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Returns information about a specific file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        return await self._get(
            path_template(
                "/files/{file_id}",
                file_id=file_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=FileObject,
        )

    @deprecated("`retrieve_content` is deprecated: use `content`, which returns the file's bytes")
    async def retrieve_content(
        self,
        file_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str:
        """
        Returns the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not file_id:
            raise ValueError(f"`file_id` must be a non-empty string, got {file_id!r}")
        extra_headers = {"Accept": "application/json", **(extra_headers or {})}
        return cast(
            str,
            await self._get(
                path_template(
                    "/files/{file_id}/content",
                    file_id=file_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, str),
            ),
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

        self.retrieve_content = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            files.retrieve_content,  # pyright: ignore[reportDeprecated]
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

        self.retrieve_content = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            files.retrieve_content,  # pyright: ignore[reportDeprecated]
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

        self.retrieve_content = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            files.retrieve_content,  # pyright: ignore[reportDeprecated]
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

        self.retrieve_content = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            files.retrieve_content,  # pyright: ignore[reportDeprecated]
        )
