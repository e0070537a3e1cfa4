# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

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
from .....pagination import AsyncNextCursorPage, SyncNextCursorPage
from .....types.admin.organization import group_create_params, group_list_params, group_update_params
from .....types.admin.organization.group import Group
from .....types.admin.organization.group_delete_response import GroupDeleteResponse
from .....types.admin.organization.group_update_response import GroupUpdateResponse
from .roles import (
    AsyncRoles,
    AsyncRolesWithRawResponse,
    AsyncRolesWithStreamingResponse,
    Roles,
    RolesWithRawResponse,
    RolesWithStreamingResponse,
)
from .users import (
    AsyncUsers,
    AsyncUsersWithRawResponse,
    AsyncUsersWithStreamingResponse,
    Users,
    UsersWithRawResponse,
    UsersWithStreamingResponse,
)

__all__ = ["Groups", "AsyncGroups"]


class Groups(SyncAPIResource):
    @cached_property
    def roles(self) -> Roles:
        return Roles(self._client)

    @cached_property
    def users(self) -> Users:
        return Users(self._client)

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
        *,
        name: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """
        Creates a new group in the organization.

        Args:
          name: Human readable name for the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/organization/groups",
            body=maybe_transform(
                {
                    "name": name,
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
            cast_to=Group,
        )

    def delete(
        self,
        group_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Deletes a group from the organization.

        Args:
          group_id: The ID of the group to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._delete(
            path_template(
                "/organization/groups/{group_id}",
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
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[Group]:
        """
        Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.

          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.

          order: Specifies the sort order of the returned groups.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/groups",
            page=SyncNextCursorPage[Group],
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
            model=Group,
        )

    def retrieve(
        self,
        group_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """
        Retrieves a group.

        Args:
          group_id: The ID of the group to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._get(
            path_template(
                "/organization/groups/{group_id}",
                group_id=group_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=Group,
        )

    def update(
        self,
        group_id: str,
        *,
        name: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupUpdateResponse:
        """
        Updates a group's information.

        Args:
          group_id: The ID of the group to update.

          name: New display name for the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._post(
            path_template(
                "/organization/groups/{group_id}",
                group_id=group_id,
            ),
            body=maybe_transform(
                {
                    "name": name,
                },
                group_update_params.GroupUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=GroupUpdateResponse,
        )


class AsyncGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncRoles:
        return AsyncRoles(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        return AsyncUsers(self._client)

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
        *,
        name: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """
        Creates a new group in the organization.

        Args:
          name: Human readable name for the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/organization/groups",
            body=await async_maybe_transform(
                {
                    "name": name,
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
            cast_to=Group,
        )

    async def delete(
        self,
        group_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Deletes a group from the organization.

        Args:
          group_id: The ID of the group to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return await self._delete(
            path_template(
                "/organization/groups/{group_id}",
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
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Group, AsyncNextCursorPage[Group]]:
        """
        Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.

          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.

          order: Specifies the sort order of the returned groups.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/groups",
            page=AsyncNextCursorPage[Group],
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
            model=Group,
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """
        Retrieves a group.

        Args:
          group_id: The ID of the group to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return await self._get(
            path_template(
                "/organization/groups/{group_id}",
                group_id=group_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=Group,
        )

    async def update(
        self,
        group_id: str,
        *,
        name: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupUpdateResponse:
        """
        Updates a group's information.

        Args:
          group_id: The ID of the group to update.

          name: New display name for the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return await self._post(
            path_template(
                "/organization/groups/{group_id}",
                group_id=group_id,
            ),
            body=await async_maybe_transform(
                {
                    "name": name,
                },
                group_update_params.GroupUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=GroupUpdateResponse,
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

        self.update = to_raw_response_wrapper(
            groups.update,
        )

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        return RolesWithRawResponse(self._groups.roles)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        return UsersWithRawResponse(self._groups.users)


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

        self.update = async_to_raw_response_wrapper(
            groups.update,
        )

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        return AsyncRolesWithRawResponse(self._groups.roles)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        return AsyncUsersWithRawResponse(self._groups.users)


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

        self.update = to_streamed_response_wrapper(
            groups.update,
        )

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        return RolesWithStreamingResponse(self._groups.roles)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        return UsersWithStreamingResponse(self._groups.users)


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

        self.update = async_to_streamed_response_wrapper(
            groups.update,
        )

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        return AsyncRolesWithStreamingResponse(self._groups.roles)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        return AsyncUsersWithStreamingResponse(self._groups.users)
