# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

from ......_base_client import AsyncPaginator, make_request_options
from ......_compat import cached_property
from ......_resource import AsyncAPIResource, SyncAPIResource
from ......_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ......_types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ......_utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ......pagination import AsyncNextCursorPage, SyncNextCursorPage
from ......types.admin.organization.projects import group_create_params, group_list_params, group_retrieve_params
from ......types.admin.organization.projects.group_delete_response import GroupDeleteResponse
from ......types.admin.organization.projects.project_group import ProjectGroup
from .roles import (
    AsyncRoles,
    AsyncRolesWithRawResponse,
    AsyncRolesWithStreamingResponse,
    Roles,
    RolesWithRawResponse,
    RolesWithStreamingResponse,
)

__all__ = ["Groups", "AsyncGroups"]


class Groups(SyncAPIResource):
    @cached_property
    def roles(self) -> Roles:
        return Roles(self._client)

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return GroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GroupsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return GroupsWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Grants a group access to a project.

        Args:
          project_id: The ID of the project to update.

          group_id: Identifier of the group to add to the project.

          role: Identifier of the project role to grant to the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/groups",
                project_id=project_id,
            ),
            body=maybe_transform(
                {
                    "group_id": group_id,
                    "role": role,
                },
                group_create_params.GroupCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectGroup,
        )

    def delete(
        self,
        group_id: str,
        *,
        project_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Revokes a group's access to a project.

        Args:
          project_id: The ID of the project to update.

          group_id: The ID of the group to remove from the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._delete(
            path_template(
                "/organization/projects/{project_id}/groups/{group_id}",
                project_id=project_id,
                group_id=group_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=GroupDeleteResponse,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[ProjectGroup]:
        """
        Lists the groups that have access to a project.

        Args:
          project_id: The ID of the project to inspect.

          limit: A limit on the number of project groups to return. Defaults to 20.

          after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.

          order: Sort order for the returned groups.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/groups",
                project_id=project_id,
            ),
            page=SyncNextCursorPage[ProjectGroup],
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
                        "order": order,
                    },
                    group_list_params.GroupListParams,
                ),
            ),
            model=ProjectGroup,
        )

    def retrieve(
        self,
        group_id: str,
        *,
        project_id: str,
        group_type: Literal["group", "tenant_group"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Retrieves a project's group.

        Args:
          project_id: The ID of the project to inspect.

          group_id: The ID of the group to retrieve.

          group_type: The type of group to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._get(
            path_template(
                "/organization/projects/{project_id}/groups/{group_id}",
                project_id=project_id,
                group_id=group_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "group_type": group_type,
                    },
                    group_retrieve_params.GroupRetrieveParams,
                ),
            ),
            cast_to=ProjectGroup,
        )


class AsyncGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncRoles:
        return AsyncRoles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGroupsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncGroupsWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Grants a group access to a project.

        Args:
          project_id: The ID of the project to update.

          group_id: Identifier of the group to add to the project.

          role: Identifier of the project role to grant to the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/groups",
                project_id=project_id,
            ),
            body=await async_maybe_transform(
                {
                    "group_id": group_id,
                    "role": role,
                },
                group_create_params.GroupCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectGroup,
        )

    async def delete(
        self,
        group_id: str,
        *,
        project_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Revokes a group's access to a project.

        Args:
          project_id: The ID of the project to update.

          group_id: The ID of the group to remove from the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return await self._delete(
            path_template(
                "/organization/projects/{project_id}/groups/{group_id}",
                project_id=project_id,
                group_id=group_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=GroupDeleteResponse,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectGroup, AsyncNextCursorPage[ProjectGroup]]:
        """
        Lists the groups that have access to a project.

        Args:
          project_id: The ID of the project to inspect.

          limit: A limit on the number of project groups to return. Defaults to 20.

          after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.

          order: Sort order for the returned groups.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/groups",
                project_id=project_id,
            ),
            page=AsyncNextCursorPage[ProjectGroup],
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
                        "order": order,
                    },
                    group_list_params.GroupListParams,
                ),
            ),
            model=ProjectGroup,
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        project_id: str,
        group_type: Literal["group", "tenant_group"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Retrieves a project's group.

        Args:
          project_id: The ID of the project to inspect.

          group_id: The ID of the group to retrieve.

          group_type: The type of group to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return await self._get(
            path_template(
                "/organization/projects/{project_id}/groups/{group_id}",
                project_id=project_id,
                group_id=group_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "group_type": group_type,
                    },
                    group_retrieve_params.GroupRetrieveParams,
                ),
            ),
            cast_to=ProjectGroup,
        )


class GroupsWithRawResponse:
    def __init__(self, groups: Groups) -> None:
        self._groups = groups

        self.create = to_raw_response_wrapper(
            groups.create,
        )

        self.delete = to_raw_response_wrapper(
            groups.delete,
        )

        self.list = to_raw_response_wrapper(
            groups.list,
        )

        self.retrieve = to_raw_response_wrapper(
            groups.retrieve,
        )

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        return RolesWithRawResponse(self._groups.roles)


class AsyncGroupsWithRawResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups

        self.create = async_to_raw_response_wrapper(
            groups.create,
        )

        self.delete = async_to_raw_response_wrapper(
            groups.delete,
        )

        self.list = async_to_raw_response_wrapper(
            groups.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            groups.retrieve,
        )

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        return AsyncRolesWithRawResponse(self._groups.roles)


class GroupsWithStreamingResponse:
    def __init__(self, groups: Groups) -> None:
        self._groups = groups

        self.create = to_streamed_response_wrapper(
            groups.create,
        )

        self.delete = to_streamed_response_wrapper(
            groups.delete,
        )

        self.list = to_streamed_response_wrapper(
            groups.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            groups.retrieve,
        )

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        return RolesWithStreamingResponse(self._groups.roles)


class AsyncGroupsWithStreamingResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups

        self.create = async_to_streamed_response_wrapper(
            groups.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            groups.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            groups.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            groups.retrieve,
        )

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        return AsyncRolesWithStreamingResponse(self._groups.roles)
