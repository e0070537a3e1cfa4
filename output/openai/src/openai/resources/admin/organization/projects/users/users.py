# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

import httpx

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
from ......pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ......types.admin.organization.projects import user_create_params, user_list_params, user_update_params
from ......types.admin.organization.projects.project_user import ProjectUser
from ......types.admin.organization.projects.user_delete_response import UserDeleteResponse
from .roles import (
    AsyncRoles,
    AsyncRolesWithRawResponse,
    AsyncRolesWithStreamingResponse,
    Roles,
    RolesWithRawResponse,
    RolesWithStreamingResponse,
)

__all__ = ["Users", "AsyncUsers"]


class Users(SyncAPIResource):
    @cached_property
    def roles(self) -> Roles:
        return Roles(self._client)

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
        project_id: str,
        *,
        role: str,
        user_id: Optional[str] | Omit = omit,
        email: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """
        Adds a user to the project. Users must already be members of the organization to be added to a project.

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          email: Email of the user to add.

          role: `owner` or `member`

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/users",
                project_id=project_id,
            ),
            body=maybe_transform(
                {
                    "user_id": user_id,
                    "email": email,
                    "role": role,
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
            cast_to=ProjectUser,
        )

    def delete(
        self,
        user_id: str,
        *,
        project_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._delete(
            path_template(
                "/organization/projects/{project_id}/users/{user_id}",
                project_id=project_id,
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
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectUser]:
        """
        Returns a list of users in the project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/users",
                project_id=project_id,
            ),
            page=SyncConversationCursorPage[ProjectUser],
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
                    },
                    user_list_params.UserListParams,
                ),
            ),
            model=ProjectUser,
        )

    def retrieve(
        self,
        user_id: str,
        *,
        project_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """
        Retrieves a user in the project.

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._get(
            path_template(
                "/organization/projects/{project_id}/users/{user_id}",
                project_id=project_id,
                user_id=user_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectUser,
        )

    def update(
        self,
        user_id: str,
        *,
        project_id: str,
        role: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """
        Modifies a user's role in the project.

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          role: `owner` or `member`

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/users/{user_id}",
                project_id=project_id,
                user_id=user_id,
            ),
            body=maybe_transform(
                {
                    "role": role,
                },
                user_update_params.UserUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectUser,
        )


class AsyncUsers(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncRoles:
        return AsyncRoles(self._client)

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
        project_id: str,
        *,
        role: str,
        user_id: Optional[str] | Omit = omit,
        email: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """
        Adds a user to the project. Users must already be members of the organization to be added to a project.

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          email: Email of the user to add.

          role: `owner` or `member`

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/users",
                project_id=project_id,
            ),
            body=await async_maybe_transform(
                {
                    "user_id": user_id,
                    "email": email,
                    "role": role,
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
            cast_to=ProjectUser,
        )

    async def delete(
        self,
        user_id: str,
        *,
        project_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return await self._delete(
            path_template(
                "/organization/projects/{project_id}/users/{user_id}",
                project_id=project_id,
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
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectUser, AsyncConversationCursorPage[ProjectUser]]:
        """
        Returns a list of users in the project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/users",
                project_id=project_id,
            ),
            page=AsyncConversationCursorPage[ProjectUser],
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
                    },
                    user_list_params.UserListParams,
                ),
            ),
            model=ProjectUser,
        )

    async def retrieve(
        self,
        user_id: str,
        *,
        project_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """
        Retrieves a user in the project.

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return await self._get(
            path_template(
                "/organization/projects/{project_id}/users/{user_id}",
                project_id=project_id,
                user_id=user_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectUser,
        )

    async def update(
        self,
        user_id: str,
        *,
        project_id: str,
        role: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """
        Modifies a user's role in the project.

        Args:
          project_id: The ID of the project.

          user_id: The ID of the user.

          role: `owner` or `member`

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/users/{user_id}",
                project_id=project_id,
                user_id=user_id,
            ),
            body=await async_maybe_transform(
                {
                    "role": role,
                },
                user_update_params.UserUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectUser,
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

        self.update = to_raw_response_wrapper(
            users.update,
        )

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        return RolesWithRawResponse(self._users.roles)


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

        self.update = async_to_raw_response_wrapper(
            users.update,
        )

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        return AsyncRolesWithRawResponse(self._users.roles)


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

        self.update = to_streamed_response_wrapper(
            users.update,
        )

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        return RolesWithStreamingResponse(self._users.roles)


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

        self.update = async_to_streamed_response_wrapper(
            users.update,
        )

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        return AsyncRolesWithStreamingResponse(self._users.roles)
