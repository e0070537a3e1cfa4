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
from .....types.admin.organization.groups import user_create_params, user_list_params
from .....types.admin.organization.groups.organization_group_user import OrganizationGroupUser
from .....types.admin.organization.groups.user_create_response import UserCreateResponse
from .....types.admin.organization.groups.user_delete_response import UserDeleteResponse
from .....types.admin.organization.groups.user_retrieve_response import UserRetrieveResponse

__all__ = ["Users", "AsyncUsers"]


class Users(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return UsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return UsersWithStreamingResponse(self)

    def create(
        self,
        group_id: str,
        *,
        user_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserCreateResponse:
        """
        Adds a user to a group.

        Args:
          group_id: The ID of the group to update.

          user_id: Identifier of the user to add to the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._post(
            path_template(
                "/organization/groups/{group_id}/users",
                group_id=group_id,
            ),
            body=maybe_transform(
                {
                    "user_id": user_id,
                },
                user_create_params.UserCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=UserCreateResponse,
        )

    def delete(
        self,
        user_id: str,
        *,
        group_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Removes a user from a group.

        Args:
          group_id: The ID of the group to update.

          user_id: The ID of the user to remove from the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._delete(
            path_template(
                "/organization/groups/{group_id}/users/{user_id}",
                group_id=group_id,
                user_id=user_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=UserDeleteResponse,
        )

    def list(
        self,
        group_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[OrganizationGroupUser]:
        """
        Lists the users assigned to a group.

        Args:
          group_id: The ID of the group to inspect.

          limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.

          after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.

          order: Specifies the sort order of users in the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/groups/{group_id}/users",
                group_id=group_id,
            ),
            page=SyncNextCursorPage[OrganizationGroupUser],
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
                    user_list_params.UserListParams,
                ),
            ),
            model=OrganizationGroupUser,
        )

    def retrieve(
        self,
        user_id: str,
        *,
        group_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserRetrieveResponse:
        """
        Retrieves a user in a group.

        Args:
          group_id: The ID of the group to inspect.

          user_id: The ID of the user to retrieve from the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._get(
            path_template(
                "/organization/groups/{group_id}/users/{user_id}",
                group_id=group_id,
                user_id=user_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=UserRetrieveResponse,
        )


class AsyncUsers(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncUsersWithStreamingResponse(self)

    async def create(
        self,
        group_id: str,
        *,
        user_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserCreateResponse:
        """
        Adds a user to a group.

        Args:
          group_id: The ID of the group to update.

          user_id: Identifier of the user to add to the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return await self._post(
            path_template(
                "/organization/groups/{group_id}/users",
                group_id=group_id,
            ),
            body=await async_maybe_transform(
                {
                    "user_id": user_id,
                },
                user_create_params.UserCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=UserCreateResponse,
        )

    async def delete(
        self,
        user_id: str,
        *,
        group_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Removes a user from a group.

        Args:
          group_id: The ID of the group to update.

          user_id: The ID of the user to remove from the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return await self._delete(
            path_template(
                "/organization/groups/{group_id}/users/{user_id}",
                group_id=group_id,
                user_id=user_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=UserDeleteResponse,
        )

    def list(
        self,
        group_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[OrganizationGroupUser, AsyncNextCursorPage[OrganizationGroupUser]]:
        """
        Lists the users assigned to a group.

        Args:
          group_id: The ID of the group to inspect.

          limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.

          after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.

          order: Specifies the sort order of users in the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/groups/{group_id}/users",
                group_id=group_id,
            ),
            page=AsyncNextCursorPage[OrganizationGroupUser],
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
                    user_list_params.UserListParams,
                ),
            ),
            model=OrganizationGroupUser,
        )

    async def retrieve(
        self,
        user_id: str,
        *,
        group_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserRetrieveResponse:
        """
        Retrieves a user in a group.

        Args:
          group_id: The ID of the group to inspect.

          user_id: The ID of the user to retrieve from the group.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not group_id:
            raise ValueError(f"`group_id` must be a non-empty string, got {group_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return await self._get(
            path_template(
                "/organization/groups/{group_id}/users/{user_id}",
                group_id=group_id,
                user_id=user_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=UserRetrieveResponse,
        )


class UsersWithRawResponse:
    def __init__(self, users: Users) -> None:
        self._users = users

        self.create = to_raw_response_wrapper(
            users.create,
        )

        self.delete = to_raw_response_wrapper(
            users.delete,
        )

        self.list = to_raw_response_wrapper(
            users.list,
        )

        self.retrieve = to_raw_response_wrapper(
            users.retrieve,
        )


class AsyncUsersWithRawResponse:
    def __init__(self, users: AsyncUsers) -> None:
        self._users = users

        self.create = async_to_raw_response_wrapper(
            users.create,
        )

        self.delete = async_to_raw_response_wrapper(
            users.delete,
        )

        self.list = async_to_raw_response_wrapper(
            users.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            users.retrieve,
        )


class UsersWithStreamingResponse:
    def __init__(self, users: Users) -> None:
        self._users = users

        self.create = to_streamed_response_wrapper(
            users.create,
        )

        self.delete = to_streamed_response_wrapper(
            users.delete,
        )

        self.list = to_streamed_response_wrapper(
            users.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            users.retrieve,
        )


class AsyncUsersWithStreamingResponse:
    def __init__(self, users: AsyncUsers) -> None:
        self._users = users

        self.create = async_to_streamed_response_wrapper(
            users.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            users.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            users.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            users.retrieve,
        )
