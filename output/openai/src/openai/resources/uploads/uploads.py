# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

from ..._base_client import make_request_options
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
from ...lib._uploads import AsyncUploadsHelpers, UploadsHelpers
from ...types import upload_complete_params, upload_create_params
from ...types.file_expiration_after_param import FileExpirationAfterParam
from ...types.upload import Upload
from .parts import (
    AsyncParts,
    AsyncPartsWithRawResponse,
    AsyncPartsWithStreamingResponse,
    Parts,
    PartsWithRawResponse,
    PartsWithStreamingResponse,
)

__all__ = ["Uploads", "AsyncUploads"]


class Uploads(UploadsHelpers):
    @cached_property
    def parts(self) -> Parts:
        return Parts(self._client)

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return UploadsWithStreamingResponse(self)

    def cancel(
        self,
        upload_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """
        Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
          upload_id: The ID of the Upload.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not upload_id:
            raise ValueError(f"`upload_id` must be a non-empty string, got {upload_id!r}")
        return self._post(
            path_template(
                "/uploads/{upload_id}/cancel",
                upload_id=upload_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md5: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """
        Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.

        Args:
          upload_id: The ID of the Upload.

          part_ids: The ordered list of Part IDs.

          md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not upload_id:
            raise ValueError(f"`upload_id` must be a non-empty string, got {upload_id!r}")
        return self._post(
            path_template(
                "/uploads/{upload_id}/complete",
                upload_id=upload_id,
            ),
            body=maybe_transform(
                {
                    "part_ids": part_ids,
                    "md5": md5,
                },
                upload_complete_params.UploadCompleteParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )

    def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfterParam | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """
        Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
          filename: The name of the file to upload.

          purpose: The intended purpose of the uploaded file.

            See the [documentation on File
            purposes](/docs/api-reference/files/create#files-create-purpose).

          bytes: The number of bytes in the file you are uploading.

          mime_type: The MIME type of the file.


            This must fall within the supported MIME types for your file purpose. See
            the supported MIME types for assistants and vision.

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/uploads",
            body=maybe_transform(
                {
                    "filename": filename,
                    "purpose": purpose,
                    "bytes": bytes,
                    "mime_type": mime_type,
                    "expires_after": expires_after,
                },
                upload_create_params.UploadCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )


class AsyncUploads(AsyncUploadsHelpers):
    @cached_property
    def parts(self) -> AsyncParts:
        return AsyncParts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncUploadsWithStreamingResponse(self)

    async def cancel(
        self,
        upload_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """
        Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
          upload_id: The ID of the Upload.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not upload_id:
            raise ValueError(f"`upload_id` must be a non-empty string, got {upload_id!r}")
        return await self._post(
            path_template(
                "/uploads/{upload_id}/cancel",
                upload_id=upload_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )

    async def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md5: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """
        Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.

        Args:
          upload_id: The ID of the Upload.

          part_ids: The ordered list of Part IDs.

          md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not upload_id:
            raise ValueError(f"`upload_id` must be a non-empty string, got {upload_id!r}")
        return await self._post(
            path_template(
                "/uploads/{upload_id}/complete",
                upload_id=upload_id,
            ),
            body=await async_maybe_transform(
                {
                    "part_ids": part_ids,
                    "md5": md5,
                },
                upload_complete_params.UploadCompleteParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )

    async def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfterParam | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """
        Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
          filename: The name of the file to upload.

          purpose: The intended purpose of the uploaded file.

            See the [documentation on File
            purposes](/docs/api-reference/files/create#files-create-purpose).

          bytes: The number of bytes in the file you are uploading.

          mime_type: The MIME type of the file.


            This must fall within the supported MIME types for your file purpose. See
            the supported MIME types for assistants and vision.

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/uploads",
            body=await async_maybe_transform(
                {
                    "filename": filename,
                    "purpose": purpose,
                    "bytes": bytes,
                    "mime_type": mime_type,
                    "expires_after": expires_after,
                },
                upload_create_params.UploadCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )


class UploadsWithRawResponse:
    def __init__(self, uploads: Uploads) -> None:
        self._uploads = uploads

        self.cancel = to_raw_response_wrapper(
            uploads.cancel,
        )

        self.complete = to_raw_response_wrapper(
            uploads.complete,
        )

        self.create = to_raw_response_wrapper(
            uploads.create,
        )

    @cached_property
    def parts(self) -> PartsWithRawResponse:
        return PartsWithRawResponse(self._uploads.parts)


class AsyncUploadsWithRawResponse:
    def __init__(self, uploads: AsyncUploads) -> None:
        self._uploads = uploads

        self.cancel = async_to_raw_response_wrapper(
            uploads.cancel,
        )

        self.complete = async_to_raw_response_wrapper(
            uploads.complete,
        )

        self.create = async_to_raw_response_wrapper(
            uploads.create,
        )

    @cached_property
    def parts(self) -> AsyncPartsWithRawResponse:
        return AsyncPartsWithRawResponse(self._uploads.parts)


class UploadsWithStreamingResponse:
    def __init__(self, uploads: Uploads) -> None:
        self._uploads = uploads

        self.cancel = to_streamed_response_wrapper(
            uploads.cancel,
        )

        self.complete = to_streamed_response_wrapper(
            uploads.complete,
        )

        self.create = to_streamed_response_wrapper(
            uploads.create,
        )

    @cached_property
    def parts(self) -> PartsWithStreamingResponse:
        return PartsWithStreamingResponse(self._uploads.parts)


class AsyncUploadsWithStreamingResponse:
    def __init__(self, uploads: AsyncUploads) -> None:
        self._uploads = uploads

        self.cancel = async_to_streamed_response_wrapper(
            uploads.cancel,
        )

        self.complete = async_to_streamed_response_wrapper(
            uploads.complete,
        )

        self.create = async_to_streamed_response_wrapper(
            uploads.create,
        )

    @cached_property
    def parts(self) -> AsyncPartsWithStreamingResponse:
        return AsyncPartsWithStreamingResponse(self._uploads.parts)
