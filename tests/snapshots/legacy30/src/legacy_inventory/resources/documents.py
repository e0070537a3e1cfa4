# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx

from .._base_client import make_request_options
from .._compat import cached_property
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import Body, Headers, NotGiven, Query, not_given
from .._utils import (
    path_template,
)
from ..types.document import Document

__all__ = ["Documents", "AsyncDocuments"]


class Documents(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return DocumentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DocumentsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return DocumentsWithStreamingResponse(self)

    def retrieve(
        self,
        document_key: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Document:
        """
        Returns a stored document's metadata by its key.

        Args:
          document_key: The document key. Keys may contain `/`, spaces, `#`, `?`, `%` and non-ASCII letters, so clients must percent-encode the whole key (including `/`) in the path.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not document_key:
            raise ValueError(f"`document_key` must be a non-empty string, got {document_key!r}")
        return self._get(
            path_template(
                "/v2/documents/{document_key}",
                document_key=document_key,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Document,
        )


class AsyncDocuments(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDocumentsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncDocumentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDocumentsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncDocumentsWithStreamingResponse(self)

    async def retrieve(
        self,
        document_key: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Document:
        """
        Returns a stored document's metadata by its key.

        Args:
          document_key: The document key. Keys may contain `/`, spaces, `#`, `?`, `%` and non-ASCII letters, so clients must percent-encode the whole key (including `/`) in the path.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not document_key:
            raise ValueError(f"`document_key` must be a non-empty string, got {document_key!r}")
        return await self._get(
            path_template(
                "/v2/documents/{document_key}",
                document_key=document_key,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Document,
        )


class DocumentsWithRawResponse:
    def __init__(self, documents: Documents) -> None:
        self._documents = documents

        self.retrieve = to_raw_response_wrapper(
            documents.retrieve,
        )


class AsyncDocumentsWithRawResponse:
    def __init__(self, documents: AsyncDocuments) -> None:
        self._documents = documents

        self.retrieve = async_to_raw_response_wrapper(
            documents.retrieve,
        )


class DocumentsWithStreamingResponse:
    def __init__(self, documents: Documents) -> None:
        self._documents = documents

        self.retrieve = to_streamed_response_wrapper(
            documents.retrieve,
        )


class AsyncDocumentsWithStreamingResponse:
    def __init__(self, documents: AsyncDocuments) -> None:
        self._documents = documents

        self.retrieve = async_to_streamed_response_wrapper(
            documents.retrieve,
        )
