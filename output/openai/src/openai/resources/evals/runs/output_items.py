# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

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
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    maybe_transform,
    path_template,
)
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.evals.runs import output_item_list_params
from ....types.evals.runs.output_item_list_response import OutputItemListResponse
from ....types.evals.runs.output_item_retrieve_response import OutputItemRetrieveResponse

__all__ = ["OutputItems", "AsyncOutputItems"]


class OutputItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> OutputItemsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return OutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OutputItemsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return OutputItemsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        status: Literal["fail", "pass"] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[OutputItemListResponse]:
        """
        Get a list of output items for an evaluation run.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve output items for.

          after: Identifier for the last output item from the previous pagination request.

          limit: Number of output items to retrieve.

          status: Filter output items by status. Use `failed` to filter by failed output
            items or `pass` to filter by passed output items.

          order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return self._get_api_list(
            path_template(
                "/evals/{eval_id}/runs/{run_id}/output_items",
                eval_id=eval_id,
                run_id=run_id,
            ),
            page=SyncCursorPage[OutputItemListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "after": after,
                        "limit": limit,
                        "status": status,
                        "order": order,
                    },
                    output_item_list_params.OutputItemListParams,
                ),
            ),
            model=OutputItemListResponse,
        )

    def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OutputItemRetrieveResponse:
        """
        Get an evaluation run output item by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve.

          output_item_id: The ID of the output item to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        if not output_item_id:
            raise ValueError(f"`output_item_id` must be a non-empty string, got {output_item_id!r}")
        return self._get(
            path_template(
                "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
                eval_id=eval_id,
                run_id=run_id,
                output_item_id=output_item_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=OutputItemRetrieveResponse,
        )


class AsyncOutputItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncOutputItemsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncOutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOutputItemsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncOutputItemsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        status: Literal["fail", "pass"] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[OutputItemListResponse, AsyncCursorPage[OutputItemListResponse]]:
        """
        Get a list of output items for an evaluation run.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve output items for.

          after: Identifier for the last output item from the previous pagination request.

          limit: Number of output items to retrieve.

          status: Filter output items by status. Use `failed` to filter by failed output
            items or `pass` to filter by passed output items.

          order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return self._get_api_list(
            path_template(
                "/evals/{eval_id}/runs/{run_id}/output_items",
                eval_id=eval_id,
                run_id=run_id,
            ),
            page=AsyncCursorPage[OutputItemListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "after": after,
                        "limit": limit,
                        "status": status,
                        "order": order,
                    },
                    output_item_list_params.OutputItemListParams,
                ),
            ),
            model=OutputItemListResponse,
        )

    async def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OutputItemRetrieveResponse:
        """
        Get an evaluation run output item by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve.

          output_item_id: The ID of the output item to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        if not output_item_id:
            raise ValueError(f"`output_item_id` must be a non-empty string, got {output_item_id!r}")
        return await self._get(
            path_template(
                "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
                eval_id=eval_id,
                run_id=run_id,
                output_item_id=output_item_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=OutputItemRetrieveResponse,
        )


class OutputItemsWithRawResponse:
    def __init__(self, output_items: OutputItems) -> None:
        self._output_items = output_items

        self.list = to_raw_response_wrapper(
            output_items.list,
        )

        self.retrieve = to_raw_response_wrapper(
            output_items.retrieve,
        )


class AsyncOutputItemsWithRawResponse:
    def __init__(self, output_items: AsyncOutputItems) -> None:
        self._output_items = output_items

        self.list = async_to_raw_response_wrapper(
            output_items.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            output_items.retrieve,
        )


class OutputItemsWithStreamingResponse:
    def __init__(self, output_items: OutputItems) -> None:
        self._output_items = output_items

        self.list = to_streamed_response_wrapper(
            output_items.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            output_items.retrieve,
        )


class AsyncOutputItemsWithStreamingResponse:
    def __init__(self, output_items: AsyncOutputItems) -> None:
        self._output_items = output_items

        self.list = async_to_streamed_response_wrapper(
            output_items.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            output_items.retrieve,
        )
