# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

import httpx

from ....._base_client import make_request_options
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
from .....types.admin.organization.projects import hosted_tool_permission_update_params
from .....types.admin.organization.projects.project_hosted_tool_permissions import ProjectHostedToolPermissions
from .....types.hosted_tool_permission_update_param import HostedToolPermissionUpdateParam

__all__ = ["HostedToolPermissions", "AsyncHostedToolPermissions"]


class HostedToolPermissions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> HostedToolPermissionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return HostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> HostedToolPermissionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return HostedToolPermissionsWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Returns hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get(
            path_template(
                "/organization/projects/{project_id}/hosted_tool_permissions",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectHostedToolPermissions,
        )

    def update(
        self,
        project_id: str,
        *,
        file_search: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        web_search: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        image_generation: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        mcp: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        code_interpreter: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Updates hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.

          file_search: The file search permission update.

          web_search: The web search permission update.

          image_generation: The image generation permission update.

          mcp: The MCP permission update.

          code_interpreter: The code interpreter permission update.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/hosted_tool_permissions",
                project_id=project_id,
            ),
            body=maybe_transform(
                {
                    "file_search": file_search,
                    "web_search": web_search,
                    "image_generation": image_generation,
                    "mcp": mcp,
                    "code_interpreter": code_interpreter,
                },
                hosted_tool_permission_update_params.HostedToolPermissionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectHostedToolPermissions,
        )


class AsyncHostedToolPermissions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncHostedToolPermissionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncHostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncHostedToolPermissionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncHostedToolPermissionsWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Returns hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._get(
            path_template(
                "/organization/projects/{project_id}/hosted_tool_permissions",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectHostedToolPermissions,
        )

    async def update(
        self,
        project_id: str,
        *,
        file_search: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        web_search: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        image_generation: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        mcp: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        code_interpreter: Optional[HostedToolPermissionUpdateParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Updates hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.

          file_search: The file search permission update.

          web_search: The web search permission update.

          image_generation: The image generation permission update.

          mcp: The MCP permission update.

          code_interpreter: The code interpreter permission update.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/hosted_tool_permissions",
                project_id=project_id,
            ),
            body=await async_maybe_transform(
                {
                    "file_search": file_search,
                    "web_search": web_search,
                    "image_generation": image_generation,
                    "mcp": mcp,
                    "code_interpreter": code_interpreter,
                },
                hosted_tool_permission_update_params.HostedToolPermissionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectHostedToolPermissions,
        )


class HostedToolPermissionsWithRawResponse:
    def __init__(self, hosted_tool_permissions: HostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions

        self.retrieve = to_raw_response_wrapper(
            hosted_tool_permissions.retrieve,
        )

        self.update = to_raw_response_wrapper(
            hosted_tool_permissions.update,
        )


class AsyncHostedToolPermissionsWithRawResponse:
    def __init__(self, hosted_tool_permissions: AsyncHostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions

        self.retrieve = async_to_raw_response_wrapper(
            hosted_tool_permissions.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            hosted_tool_permissions.update,
        )


class HostedToolPermissionsWithStreamingResponse:
    def __init__(self, hosted_tool_permissions: HostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions

        self.retrieve = to_streamed_response_wrapper(
            hosted_tool_permissions.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            hosted_tool_permissions.update,
        )


class AsyncHostedToolPermissionsWithStreamingResponse:
    def __init__(self, hosted_tool_permissions: AsyncHostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions

        self.retrieve = async_to_streamed_response_wrapper(
            hosted_tool_permissions.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            hosted_tool_permissions.update,
        )
