# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

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
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.evals import run_create_params, run_list_params
from ....types.evals.run_cancel_response import RunCancelResponse
from ....types.evals.run_create_response import RunCreateResponse
from ....types.evals.run_delete_response import RunDeleteResponse
from ....types.evals.run_list_response import RunListResponse
from ....types.evals.run_retrieve_response import RunRetrieveResponse
from ....types.shared_params.metadata import Metadata
from .output_items import (
    AsyncOutputItems,
    AsyncOutputItemsWithRawResponse,
    AsyncOutputItemsWithStreamingResponse,
    OutputItems,
    OutputItemsWithRawResponse,
    OutputItemsWithStreamingResponse,
)

__all__ = ["Runs", "AsyncRuns"]


class Runs(SyncAPIResource):
    @cached_property
    def output_items(self) -> OutputItems:
        return OutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> RunsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return RunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return RunsWithStreamingResponse(self)

    def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCancelResponse:
        """
        Cancel an ongoing evaluation run.

        Args:
          eval_id: The ID of the evaluation whose run you want to cancel.

          run_id: The ID of the run to cancel.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return self._post(
            path_template(
                "/evals/{eval_id}/runs/{run_id}",
                eval_id=eval_id,
                run_id=run_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunCancelResponse,
        )

    def create(
        self,
        eval_id: str,
        *,
        data_source: run_create_params.DataSource,
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCreateResponse:
        """
        Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
          eval_id: The ID of the evaluation to create a run for.

          name: The name of the run.

          data_source: Details about the run's data source.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        return self._post(
            path_template(
                "/evals/{eval_id}/runs",
                eval_id=eval_id,
            ),
            body=maybe_transform(
                {
                    "name": name,
                    "metadata": metadata,
                    "data_source": data_source,
                },
                run_create_params.RunCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunCreateResponse,
        )

    def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunDeleteResponse:
        """
        Delete an eval run.

        Args:
          eval_id: The ID of the evaluation to delete the run from.

          run_id: The ID of the run to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return self._delete(
            path_template(
                "/evals/{eval_id}/runs/{run_id}",
                eval_id=eval_id,
                run_id=run_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunDeleteResponse,
        )

    def list(
        self,
        eval_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[RunListResponse]:
        """
        Get a list of runs for an evaluation.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          after: Identifier for the last run from the previous pagination request.

          limit: Number of runs to retrieve.

          order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

          status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        return self._get_api_list(
            path_template(
                "/evals/{eval_id}/runs",
                eval_id=eval_id,
            ),
            page=SyncCursorPage[RunListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "after": after,
                        "limit": limit,
                        "order": order,
                        "status": status,
                    },
                    run_list_params.RunListParams,
                ),
            ),
            model=RunListResponse,
        )

    def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunRetrieveResponse:
        """
        Get an evaluation run by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return self._get(
            path_template(
                "/evals/{eval_id}/runs/{run_id}",
                eval_id=eval_id,
                run_id=run_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunRetrieveResponse,
        )


class AsyncRuns(AsyncAPIResource):
    @cached_property
    def output_items(self) -> AsyncOutputItems:
        return AsyncOutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRunsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncRunsWithStreamingResponse(self)

    async def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCancelResponse:
        """
        Cancel an ongoing evaluation run.

        Args:
          eval_id: The ID of the evaluation whose run you want to cancel.

          run_id: The ID of the run to cancel.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return await self._post(
            path_template(
                "/evals/{eval_id}/runs/{run_id}",
                eval_id=eval_id,
                run_id=run_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunCancelResponse,
        )

    async def create(
        self,
        eval_id: str,
        *,
        data_source: run_create_params.DataSource,
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCreateResponse:
        """
        Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
          eval_id: The ID of the evaluation to create a run for.

          name: The name of the run.

          data_source: Details about the run's data source.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        return await self._post(
            path_template(
                "/evals/{eval_id}/runs",
                eval_id=eval_id,
            ),
            body=await async_maybe_transform(
                {
                    "name": name,
                    "metadata": metadata,
                    "data_source": data_source,
                },
                run_create_params.RunCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunCreateResponse,
        )

    async def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunDeleteResponse:
        """
        Delete an eval run.

        Args:
          eval_id: The ID of the evaluation to delete the run from.

          run_id: The ID of the run to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return await self._delete(
            path_template(
                "/evals/{eval_id}/runs/{run_id}",
                eval_id=eval_id,
                run_id=run_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunDeleteResponse,
        )

    def list(
        self,
        eval_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RunListResponse, AsyncCursorPage[RunListResponse]]:
        """
        Get a list of runs for an evaluation.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          after: Identifier for the last run from the previous pagination request.

          limit: Number of runs to retrieve.

          order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.

          status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        return self._get_api_list(
            path_template(
                "/evals/{eval_id}/runs",
                eval_id=eval_id,
            ),
            page=AsyncCursorPage[RunListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "after": after,
                        "limit": limit,
                        "order": order,
                        "status": status,
                    },
                    run_list_params.RunListParams,
                ),
            ),
            model=RunListResponse,
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunRetrieveResponse:
        """
        Get an evaluation run by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not eval_id:
            raise ValueError(f"`eval_id` must be a non-empty string, got {eval_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        return await self._get(
            path_template(
                "/evals/{eval_id}/runs/{run_id}",
                eval_id=eval_id,
                run_id=run_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=RunRetrieveResponse,
        )


class RunsWithRawResponse:
    def __init__(self, runs: Runs) -> None:
        self._runs = runs

        self.cancel = to_raw_response_wrapper(
            runs.cancel,
        )

        self.create = to_raw_response_wrapper(
            runs.create,
        )

        self.delete = to_raw_response_wrapper(
            runs.delete,
        )

        self.list = to_raw_response_wrapper(
            runs.list,
        )

        self.retrieve = to_raw_response_wrapper(
            runs.retrieve,
        )

    @cached_property
    def output_items(self) -> OutputItemsWithRawResponse:
        return OutputItemsWithRawResponse(self._runs.output_items)


class AsyncRunsWithRawResponse:
    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs

        self.cancel = async_to_raw_response_wrapper(
            runs.cancel,
        )

        self.create = async_to_raw_response_wrapper(
            runs.create,
        )

        self.delete = async_to_raw_response_wrapper(
            runs.delete,
        )

        self.list = async_to_raw_response_wrapper(
            runs.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            runs.retrieve,
        )

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithRawResponse:
        return AsyncOutputItemsWithRawResponse(self._runs.output_items)


class RunsWithStreamingResponse:
    def __init__(self, runs: Runs) -> None:
        self._runs = runs

        self.cancel = to_streamed_response_wrapper(
            runs.cancel,
        )

        self.create = to_streamed_response_wrapper(
            runs.create,
        )

        self.delete = to_streamed_response_wrapper(
            runs.delete,
        )

        self.list = to_streamed_response_wrapper(
            runs.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            runs.retrieve,
        )

    @cached_property
    def output_items(self) -> OutputItemsWithStreamingResponse:
        return OutputItemsWithStreamingResponse(self._runs.output_items)


class AsyncRunsWithStreamingResponse:
    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs

        self.cancel = async_to_streamed_response_wrapper(
            runs.cancel,
        )

        self.create = async_to_streamed_response_wrapper(
            runs.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            runs.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            runs.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            runs.retrieve,
        )

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithStreamingResponse:
        return AsyncOutputItemsWithStreamingResponse(self._runs.output_items)
