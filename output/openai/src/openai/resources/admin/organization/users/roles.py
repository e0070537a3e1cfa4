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
from .....types.admin.organization.users import role_create_params, role_list_params
from .....types.admin.organization.users.role_create_response import RoleCreateResponse
from .....types.admin.organization.users.role_delete_response import RoleDeleteResponse
from .....types.admin.organization.users.role_list_response import RoleListResponse
from .....types.admin.organization.users.role_retrieve_response import RoleRetrieveResponse

__all__ = ["Roles", "AsyncRoles"]


class Roles(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RolesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return RolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RolesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return RolesWithStreamingResponse(self)

    def create(
        self,
        user_id: str,
        *,
        role_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """
        Assigns an organization role to a user within the organization.

        Args:
          user_id: The ID of the user that should receive the organization role.

          role_id: Identifier of the role to assign.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._post(
            path_template(
                "/organization/users/{user_id}/roles",
                user_id=user_id,
            ),
            body=maybe_transform(
                {
                    "role_id": role_id,
                },
                role_create_params.RoleCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=RoleCreateResponse,
        )

    def delete(
        self,
        role_id: str,
        *,
        user_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """
        Unassigns an organization role from a user within the organization.

        Args:
          user_id: The ID of the user to modify.

          role_id: The ID of the organization role to remove from the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        if not role_id:
            raise ValueError(f"`role_id` must be a non-empty string, got {role_id!r}")
        return self._delete(
            path_template(
                "/organization/users/{user_id}/roles/{role_id}",
                user_id=user_id,
                role_id=role_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=RoleDeleteResponse,
        )

    def list(
        self,
        user_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[RoleListResponse]:
        """
        Lists the organization roles assigned to a user within the organization.

        Args:
          user_id: The ID of the user to inspect.

          limit: A limit on the number of organization role assignments to return.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.

          order: Sort order for the returned organization roles.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/users/{user_id}/roles",
                user_id=user_id,
            ),
            page=SyncNextCursorPage[RoleListResponse],
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
                    role_list_params.RoleListParams,
                ),
            ),
            model=RoleListResponse,
        )

    def retrieve(
        self,
        role_id: str,
        *,
        user_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """
        Retrieves an organization role assigned to a user.

        Args:
          user_id: The ID of the user to inspect.

          role_id: The ID of the organization role to retrieve for the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        if not role_id:
            raise ValueError(f"`role_id` must be a non-empty string, got {role_id!r}")
        return self._get(
            path_template(
                "/organization/users/{user_id}/roles/{role_id}",
                user_id=user_id,
                role_id=role_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=RoleRetrieveResponse,
        )


class AsyncRoles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRolesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncRolesWithStreamingResponse(self)

    async def create(
        self,
        user_id: str,
        *,
        role_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """
        Assigns an organization role to a user within the organization.

        Args:
          user_id: The ID of the user that should receive the organization role.

          role_id: Identifier of the role to assign.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return await self._post(
            path_template(
                "/organization/users/{user_id}/roles",
                user_id=user_id,
            ),
            body=await async_maybe_transform(
                {
                    "role_id": role_id,
                },
                role_create_params.RoleCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=RoleCreateResponse,
        )

    async def delete(
        self,
        role_id: str,
        *,
        user_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """
        Unassigns an organization role from a user within the organization.

        Args:
          user_id: The ID of the user to modify.

          role_id: The ID of the organization role to remove from the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        if not role_id:
            raise ValueError(f"`role_id` must be a non-empty string, got {role_id!r}")
        return await self._delete(
            path_template(
                "/organization/users/{user_id}/roles/{role_id}",
                user_id=user_id,
                role_id=role_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=RoleDeleteResponse,
        )

    def list(
        self,
        user_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RoleListResponse, AsyncNextCursorPage[RoleListResponse]]:
        """
        Lists the organization roles assigned to a user within the organization.

        Args:
          user_id: The ID of the user to inspect.

          limit: A limit on the number of organization role assignments to return.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.

          order: Sort order for the returned organization roles.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/users/{user_id}/roles",
                user_id=user_id,
            ),
            page=AsyncNextCursorPage[RoleListResponse],
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
                    role_list_params.RoleListParams,
                ),
            ),
            model=RoleListResponse,
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        user_id: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """
        Retrieves an organization role assigned to a user.

        Args:
          user_id: The ID of the user to inspect.

          role_id: The ID of the organization role to retrieve for the user.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not user_id:
            raise ValueError(f"`user_id` must be a non-empty string, got {user_id!r}")
        if not role_id:
            raise ValueError(f"`role_id` must be a non-empty string, got {role_id!r}")
        return await self._get(
            path_template(
                "/organization/users/{user_id}/roles/{role_id}",
                user_id=user_id,
                role_id=role_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=RoleRetrieveResponse,
        )


class RolesWithRawResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles

        self.create = to_raw_response_wrapper(
            roles.create,
        )

        self.delete = to_raw_response_wrapper(
            roles.delete,
        )

        self.list = to_raw_response_wrapper(
            roles.list,
        )

        self.retrieve = to_raw_response_wrapper(
            roles.retrieve,
        )


class AsyncRolesWithRawResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles

        self.create = async_to_raw_response_wrapper(
            roles.create,
        )

        self.delete = async_to_raw_response_wrapper(
            roles.delete,
        )

        self.list = async_to_raw_response_wrapper(
            roles.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            roles.retrieve,
        )


class RolesWithStreamingResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles

        self.create = to_streamed_response_wrapper(
            roles.create,
        )

        self.delete = to_streamed_response_wrapper(
            roles.delete,
        )

        self.list = to_streamed_response_wrapper(
            roles.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            roles.retrieve,
        )


class AsyncRolesWithStreamingResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles

        self.create = async_to_streamed_response_wrapper(
            roles.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            roles.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            roles.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            roles.retrieve,
        )
