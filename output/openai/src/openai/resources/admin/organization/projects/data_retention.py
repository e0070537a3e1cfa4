# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

from ....._base_client import make_request_options
from ....._compat import cached_property
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....._types import Body, Headers, NotGiven, Query, not_given
from ....._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from .....types.admin.organization.projects import data_retention_update_params
from .....types.admin.organization.projects.project_data_retention import ProjectDataRetention

__all__ = ["DataRetention", "AsyncDataRetention"]


class DataRetention(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DataRetentionWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return DataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DataRetentionWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return DataRetentionWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """
        Retrieves project data retention controls.

        Args:
          project_id: The ID of the project to inspect.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get(
            path_template(
                "/organization/projects/{project_id}/data_retention",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectDataRetention,
        )

    def update(
        self,
        project_id: str,
        *,
        retention_type: Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """
        Updates project data retention controls.

        Args:
          project_id: The ID of the project to update.

          retention_type: The desired project data retention type.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/data_retention",
                project_id=project_id,
            ),
            body=maybe_transform(
                {
                    "retention_type": retention_type,
                },
                data_retention_update_params.DataRetentionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectDataRetention,
        )


class AsyncDataRetention(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDataRetentionWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDataRetentionWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncDataRetentionWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """
        Retrieves project data retention controls.

        Args:
          project_id: The ID of the project to inspect.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._get(
            path_template(
                "/organization/projects/{project_id}/data_retention",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectDataRetention,
        )

    async def update(
        self,
        project_id: str,
        *,
        retention_type: Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """
        Updates project data retention controls.

        Args:
          project_id: The ID of the project to update.

          retention_type: The desired project data retention type.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/data_retention",
                project_id=project_id,
            ),
            body=await async_maybe_transform(
                {
                    "retention_type": retention_type,
                },
                data_retention_update_params.DataRetentionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectDataRetention,
        )


class DataRetentionWithRawResponse:
    def __init__(self, data_retention: DataRetention) -> None:
        self._data_retention = data_retention

        self.retrieve = to_raw_response_wrapper(
            data_retention.retrieve,
        )

        self.update = to_raw_response_wrapper(
            data_retention.update,
        )


class AsyncDataRetentionWithRawResponse:
    def __init__(self, data_retention: AsyncDataRetention) -> None:
        self._data_retention = data_retention

        self.retrieve = async_to_raw_response_wrapper(
            data_retention.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            data_retention.update,
        )


class DataRetentionWithStreamingResponse:
    def __init__(self, data_retention: DataRetention) -> None:
        self._data_retention = data_retention

        self.retrieve = to_streamed_response_wrapper(
            data_retention.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            data_retention.update,
        )


class AsyncDataRetentionWithStreamingResponse:
    def __init__(self, data_retention: AsyncDataRetention) -> None:
        self._data_retention = data_retention

        self.retrieve = async_to_streamed_response_wrapper(
            data_retention.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            data_retention.update,
        )
