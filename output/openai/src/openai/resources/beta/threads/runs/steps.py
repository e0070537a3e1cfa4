# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

import httpx
from typing_extensions import Literal, deprecated

from ....._base_client import AsyncPaginator, make_request_options
from ....._compat import cached_property
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ....._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from .....pagination import AsyncCursorPage, SyncCursorPage
from .....types.beta.threads.runs import step_list_params, step_retrieve_params
from .....types.beta.threads.runs.run_step import RunStep

__all__ = ["Steps", "AsyncSteps"]


class Steps(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> StepsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return StepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StepsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return StepsWithStreamingResponse(self)

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[RunStep]:
        """
        Returns a list of run steps belonging to a run.

        Args:
          thread_id: The ID of the thread the run and run steps belong to.

          run_id: The ID of the run the run steps belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

            See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not thread_id:
            raise ValueError(f"`thread_id` must be a non-empty string, got {thread_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/threads/{thread_id}/runs/{run_id}/steps",
                thread_id=thread_id,
                run_id=run_id,
            ),
            page=SyncCursorPage[RunStep],
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
                        "include[]": include,
                    },
                    step_list_params.StepListParams,
                ),
            ),
            model=RunStep,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunStep:
        """
        Retrieves a run step.

        Args:
          thread_id: The ID of the thread to which the run and run step belongs.

          run_id: The ID of the run to which the run step belongs.

          step_id: The ID of the run step to retrieve.

          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

            See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not thread_id:
            raise ValueError(f"`thread_id` must be a non-empty string, got {thread_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        if not step_id:
            raise ValueError(f"`step_id` must be a non-empty string, got {step_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get(
            path_template(
                "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
                thread_id=thread_id,
                run_id=run_id,
                step_id=step_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "include[]": include,
                    },
                    step_retrieve_params.StepRetrieveParams,
                ),
            ),
            cast_to=RunStep,
        )


class AsyncSteps(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncStepsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStepsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncStepsWithStreamingResponse(self)

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]:
        """
        Returns a list of run steps belonging to a run.

        Args:
          thread_id: The ID of the thread the run and run steps belong to.

          run_id: The ID of the run the run steps belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

            See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not thread_id:
            raise ValueError(f"`thread_id` must be a non-empty string, got {thread_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            path_template(
                "/threads/{thread_id}/runs/{run_id}/steps",
                thread_id=thread_id,
                run_id=run_id,
            ),
            page=AsyncCursorPage[RunStep],
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
                        "include[]": include,
                    },
                    step_list_params.StepListParams,
                ),
            ),
            model=RunStep,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    async def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunStep:
        """
        Retrieves a run step.

        Args:
          thread_id: The ID of the thread to which the run and run step belongs.

          run_id: The ID of the run to which the run step belongs.

          step_id: The ID of the run step to retrieve.

          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

            See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not thread_id:
            raise ValueError(f"`thread_id` must be a non-empty string, got {thread_id!r}")
        if not run_id:
            raise ValueError(f"`run_id` must be a non-empty string, got {run_id!r}")
        if not step_id:
            raise ValueError(f"`step_id` must be a non-empty string, got {step_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
                thread_id=thread_id,
                run_id=run_id,
                step_id=step_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=await async_maybe_transform(
                    {
                        "include[]": include,
                    },
                    step_retrieve_params.StepRetrieveParams,
                ),
            ),
            cast_to=RunStep,
        )


class StepsWithRawResponse:
    def __init__(self, steps: Steps) -> None:
        self._steps = steps

        self.list = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.retrieve,  # pyright: ignore[reportDeprecated]
        )


class AsyncStepsWithRawResponse:
    def __init__(self, steps: AsyncSteps) -> None:
        self._steps = steps

        self.list = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.retrieve,  # pyright: ignore[reportDeprecated]
        )


class StepsWithStreamingResponse:
    def __init__(self, steps: Steps) -> None:
        self._steps = steps

        self.list = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.retrieve,  # pyright: ignore[reportDeprecated]
        )


class AsyncStepsWithStreamingResponse:
    def __init__(self, steps: AsyncSteps) -> None:
        self._steps = steps

        self.list = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            steps.retrieve,  # pyright: ignore[reportDeprecated]
        )
