# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal, deprecated

from ...._base_client import AsyncPaginator, make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ...._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ....pagination import AsyncConversationCursorPage, AsyncPage, SyncConversationCursorPage, SyncPage
from ....types.fine_tuning.checkpoints import (
    permission_create_params,
    permission_list_params,
    permission_retrieve_params,
)
from ....types.fine_tuning.checkpoints.permission_create_response import PermissionCreateResponse
from ....types.fine_tuning.checkpoints.permission_delete_response import PermissionDeleteResponse
from ....types.fine_tuning.checkpoints.permission_list_response import PermissionListResponse
from ....types.fine_tuning.checkpoints.permission_retrieve_response import PermissionRetrieveResponse

__all__ = ["Permissions", "AsyncPermissions"]


class Permissions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PermissionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return PermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PermissionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return PermissionsWithStreamingResponse(self)

    def create(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[PermissionCreateResponse]:
        """
        **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.

          project_ids: The project identifiers to grant access to.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        return self._get_api_list(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            ),
            page=SyncPage[PermissionCreateResponse],
            body=maybe_transform(
                {
                    "project_ids": project_ids,
                },
                permission_create_params.PermissionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=PermissionCreateResponse,
            method="post",
        )

    def delete(
        self,
        permission_id: str,
        *,
        fine_tuned_model_checkpoint: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PermissionDeleteResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.

          permission_id: The ID of the fine-tuned model checkpoint permission to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        if not permission_id:
            raise ValueError(f"`permission_id` must be a non-empty string, got {permission_id!r}")
        return self._delete(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                permission_id=permission_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PermissionDeleteResponse,
        )

    def list(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[PermissionListResponse]:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        return self._get_api_list(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            ),
            page=SyncConversationCursorPage[PermissionListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "project_id": project_id,
                        "after": after,
                        "limit": limit,
                        "order": order,
                    },
                    permission_list_params.PermissionListParams,
                ),
            ),
            model=PermissionListResponse,
        )

    @deprecated("`retrieve` is deprecated: use `list`, which pages through the permissions")
    def retrieve(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PermissionRetrieveResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        return self._get(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "project_id": project_id,
                        "after": after,
                        "limit": limit,
                        "order": order,
                    },
                    permission_retrieve_params.PermissionRetrieveParams,
                ),
            ),
            cast_to=PermissionRetrieveResponse,
        )


class AsyncPermissions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPermissionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPermissionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncPermissionsWithStreamingResponse(self)

    def create(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[PermissionCreateResponse, AsyncPage[PermissionCreateResponse]]:
        """
        **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.

          project_ids: The project identifiers to grant access to.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        return self._get_api_list(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            ),
            page=AsyncPage[PermissionCreateResponse],
            body=maybe_transform(
                {
                    "project_ids": project_ids,
                },
                permission_create_params.PermissionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            model=PermissionCreateResponse,
            method="post",
        )

    async def delete(
        self,
        permission_id: str,
        *,
        fine_tuned_model_checkpoint: str,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PermissionDeleteResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.

          permission_id: The ID of the fine-tuned model checkpoint permission to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        if not permission_id:
            raise ValueError(f"`permission_id` must be a non-empty string, got {permission_id!r}")
        return await self._delete(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
                permission_id=permission_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PermissionDeleteResponse,
        )

    def list(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[PermissionListResponse, AsyncConversationCursorPage[PermissionListResponse]]:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        return self._get_api_list(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            ),
            page=AsyncConversationCursorPage[PermissionListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "project_id": project_id,
                        "after": after,
                        "limit": limit,
                        "order": order,
                    },
                    permission_list_params.PermissionListParams,
                ),
            ),
            model=PermissionListResponse,
        )

    @deprecated("`retrieve` is deprecated: use `list`, which pages through the permissions")
    async def retrieve(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PermissionRetrieveResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not fine_tuned_model_checkpoint:
            raise ValueError(
                f"`fine_tuned_model_checkpoint` must be a non-empty string, got {fine_tuned_model_checkpoint!r}"
            )
        return await self._get(
            path_template(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=await async_maybe_transform(
                    {
                        "project_id": project_id,
                        "after": after,
                        "limit": limit,
                        "order": order,
                    },
                    permission_retrieve_params.PermissionRetrieveParams,
                ),
            ),
            cast_to=PermissionRetrieveResponse,
        )


class PermissionsWithRawResponse:
    def __init__(self, permissions: Permissions) -> None:
        self._permissions = permissions

        self.create = to_raw_response_wrapper(
            permissions.create,
        )

        self.delete = to_raw_response_wrapper(
            permissions.delete,
        )

        self.list = to_raw_response_wrapper(
            permissions.list,
        )

        self.retrieve = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            permissions.retrieve,  # pyright: ignore[reportDeprecated]
        )


class AsyncPermissionsWithRawResponse:
    def __init__(self, permissions: AsyncPermissions) -> None:
        self._permissions = permissions

        self.create = async_to_raw_response_wrapper(
            permissions.create,
        )

        self.delete = async_to_raw_response_wrapper(
            permissions.delete,
        )

        self.list = async_to_raw_response_wrapper(
            permissions.list,
        )

        self.retrieve = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            permissions.retrieve,  # pyright: ignore[reportDeprecated]
        )


class PermissionsWithStreamingResponse:
    def __init__(self, permissions: Permissions) -> None:
        self._permissions = permissions

        self.create = to_streamed_response_wrapper(
            permissions.create,
        )

        self.delete = to_streamed_response_wrapper(
            permissions.delete,
        )

        self.list = to_streamed_response_wrapper(
            permissions.list,
        )

        self.retrieve = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            permissions.retrieve,  # pyright: ignore[reportDeprecated]
        )


class AsyncPermissionsWithStreamingResponse:
    def __init__(self, permissions: AsyncPermissions) -> None:
        self._permissions = permissions

        self.create = async_to_streamed_response_wrapper(
            permissions.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            permissions.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            permissions.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            permissions.retrieve,  # pyright: ignore[reportDeprecated]
        )
