# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx

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
from .....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from .....types.admin.organization.projects import (
    rate_limit_list_rate_limits_params,
    rate_limit_update_rate_limit_params,
)
from .....types.admin.organization.projects.project_rate_limit import ProjectRateLimit

__all__ = ["RateLimits", "AsyncRateLimits"]


class RateLimits(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RateLimitsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return RateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RateLimitsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return RateLimitsWithStreamingResponse(self)

    def list_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectRateLimit]:
        """
        Returns the rate limits per model for a project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. The default is 100.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/rate_limits",
                project_id=project_id,
            ),
            page=SyncConversationCursorPage[ProjectRateLimit],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "limit": limit,
                        "after": after,
                        "before": before,
                    },
                    rate_limit_list_rate_limits_params.RateLimitListRateLimitsParams,
                ),
            ),
            model=ProjectRateLimit,
        )

    def update_rate_limit(
        self,
        rate_limit_id: str,
        *,
        project_id: str,
        max_requests_per_1_minute: int | Omit = omit,
        max_tokens_per_1_minute: int | Omit = omit,
        max_images_per_1_minute: int | Omit = omit,
        max_audio_megabytes_per_1_minute: int | Omit = omit,
        max_requests_per_1_day: int | Omit = omit,
        batch_1_day_max_input_tokens: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectRateLimit:
        """
        Updates a project rate limit.

        Args:
          project_id: The ID of the project.

          rate_limit_id: The ID of the rate limit.

          max_requests_per_1_minute: The maximum requests per minute.

          max_tokens_per_1_minute: The maximum tokens per minute.

          max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.

          max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.

          max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.

          batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not rate_limit_id:
            raise ValueError(f"`rate_limit_id` must be a non-empty string, got {rate_limit_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
                project_id=project_id,
                rate_limit_id=rate_limit_id,
            ),
            body=maybe_transform(
                {
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                    "max_tokens_per_1_minute": max_tokens_per_1_minute,
                    "max_images_per_1_minute": max_images_per_1_minute,
                    "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
                    "max_requests_per_1_day": max_requests_per_1_day,
                    "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
                },
                rate_limit_update_rate_limit_params.RateLimitUpdateRateLimitParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectRateLimit,
        )


class AsyncRateLimits(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRateLimitsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRateLimitsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncRateLimitsWithStreamingResponse(self)

    def list_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectRateLimit, AsyncConversationCursorPage[ProjectRateLimit]]:
        """
        Returns the rate limits per model for a project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. The default is 100.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/rate_limits",
                project_id=project_id,
            ),
            page=AsyncConversationCursorPage[ProjectRateLimit],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "limit": limit,
                        "after": after,
                        "before": before,
                    },
                    rate_limit_list_rate_limits_params.RateLimitListRateLimitsParams,
                ),
            ),
            model=ProjectRateLimit,
        )

    async def update_rate_limit(
        self,
        rate_limit_id: str,
        *,
        project_id: str,
        max_requests_per_1_minute: int | Omit = omit,
        max_tokens_per_1_minute: int | Omit = omit,
        max_images_per_1_minute: int | Omit = omit,
        max_audio_megabytes_per_1_minute: int | Omit = omit,
        max_requests_per_1_day: int | Omit = omit,
        batch_1_day_max_input_tokens: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectRateLimit:
        """
        Updates a project rate limit.

        Args:
          project_id: The ID of the project.

          rate_limit_id: The ID of the rate limit.

          max_requests_per_1_minute: The maximum requests per minute.

          max_tokens_per_1_minute: The maximum tokens per minute.

          max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.

          max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.

          max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.

          batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not rate_limit_id:
            raise ValueError(f"`rate_limit_id` must be a non-empty string, got {rate_limit_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
                project_id=project_id,
                rate_limit_id=rate_limit_id,
            ),
            body=await async_maybe_transform(
                {
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                    "max_tokens_per_1_minute": max_tokens_per_1_minute,
                    "max_images_per_1_minute": max_images_per_1_minute,
                    "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
                    "max_requests_per_1_day": max_requests_per_1_day,
                    "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
                },
                rate_limit_update_rate_limit_params.RateLimitUpdateRateLimitParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectRateLimit,
        )


class RateLimitsWithRawResponse:
    def __init__(self, rate_limits: RateLimits) -> None:
        self._rate_limits = rate_limits

        self.list_rate_limits = to_raw_response_wrapper(
            rate_limits.list_rate_limits,
        )

        self.update_rate_limit = to_raw_response_wrapper(
            rate_limits.update_rate_limit,
        )


class AsyncRateLimitsWithRawResponse:
    def __init__(self, rate_limits: AsyncRateLimits) -> None:
        self._rate_limits = rate_limits

        self.list_rate_limits = async_to_raw_response_wrapper(
            rate_limits.list_rate_limits,
        )

        self.update_rate_limit = async_to_raw_response_wrapper(
            rate_limits.update_rate_limit,
        )


class RateLimitsWithStreamingResponse:
    def __init__(self, rate_limits: RateLimits) -> None:
        self._rate_limits = rate_limits

        self.list_rate_limits = to_streamed_response_wrapper(
            rate_limits.list_rate_limits,
        )

        self.update_rate_limit = to_streamed_response_wrapper(
            rate_limits.update_rate_limit,
        )


class AsyncRateLimitsWithStreamingResponse:
    def __init__(self, rate_limits: AsyncRateLimits) -> None:
        self._rate_limits = rate_limits

        self.list_rate_limits = async_to_streamed_response_wrapper(
            rate_limits.list_rate_limits,
        )

        self.update_rate_limit = async_to_streamed_response_wrapper(
            rate_limits.update_rate_limit,
        )
