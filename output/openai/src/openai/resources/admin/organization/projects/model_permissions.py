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
from ....._types import Body, Headers, NotGiven, Query, SequenceNotStr, not_given
from ....._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from .....types.admin.organization.projects import model_permission_update_params
from .....types.admin.organization.projects.project_model_permissions import ProjectModelPermissions
from .....types.admin.organization.projects.project_model_permissions_deleted import ProjectModelPermissionsDeleted

__all__ = ["ModelPermissions", "AsyncModelPermissions"]


class ModelPermissions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelPermissionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return ModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelPermissionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return ModelPermissionsWithStreamingResponse(self)

    def delete(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissionsDeleted:
        """
        Deletes model permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._delete(
            path_template(
                "/organization/projects/{project_id}/model_permissions",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectModelPermissionsDeleted,
        )

    def retrieve(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Returns model permissions for a project.

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
                "/organization/projects/{project_id}/model_permissions",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectModelPermissions,
        )

    def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Updates model permissions for a project.

        Args:
          project_id: The ID of the project.

          mode: The model permissions mode to apply.

          model_ids: The model IDs included in this permissions policy.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._post(
            path_template(
                "/organization/projects/{project_id}/model_permissions",
                project_id=project_id,
            ),
            body=maybe_transform(
                {
                    "mode": mode,
                    "model_ids": model_ids,
                },
                model_permission_update_params.ModelPermissionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectModelPermissions,
        )


class AsyncModelPermissions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelPermissionsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelPermissionsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncModelPermissionsWithStreamingResponse(self)

    async def delete(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissionsDeleted:
        """
        Deletes model permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._delete(
            path_template(
                "/organization/projects/{project_id}/model_permissions",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectModelPermissionsDeleted,
        )

    async def retrieve(
        self,
        project_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Returns model permissions for a project.

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
                "/organization/projects/{project_id}/model_permissions",
                project_id=project_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectModelPermissions,
        )

    async def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Updates model permissions for a project.

        Args:
          project_id: The ID of the project.

          mode: The model permissions mode to apply.

          model_ids: The model IDs included in this permissions policy.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return await self._post(
            path_template(
                "/organization/projects/{project_id}/model_permissions",
                project_id=project_id,
            ),
            body=await async_maybe_transform(
                {
                    "mode": mode,
                    "model_ids": model_ids,
                },
                model_permission_update_params.ModelPermissionUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=ProjectModelPermissions,
        )


class ModelPermissionsWithRawResponse:
    def __init__(self, model_permissions: ModelPermissions) -> None:
        self._model_permissions = model_permissions

        self.delete = to_raw_response_wrapper(
            model_permissions.delete,
        )

        self.retrieve = to_raw_response_wrapper(
            model_permissions.retrieve,
        )

        self.update = to_raw_response_wrapper(
            model_permissions.update,
        )


class AsyncModelPermissionsWithRawResponse:
    def __init__(self, model_permissions: AsyncModelPermissions) -> None:
        self._model_permissions = model_permissions

        self.delete = async_to_raw_response_wrapper(
            model_permissions.delete,
        )

        self.retrieve = async_to_raw_response_wrapper(
            model_permissions.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            model_permissions.update,
        )


class ModelPermissionsWithStreamingResponse:
    def __init__(self, model_permissions: ModelPermissions) -> None:
        self._model_permissions = model_permissions

        self.delete = to_streamed_response_wrapper(
            model_permissions.delete,
        )

        self.retrieve = to_streamed_response_wrapper(
            model_permissions.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            model_permissions.update,
        )


class AsyncModelPermissionsWithStreamingResponse:
    def __init__(self, model_permissions: AsyncModelPermissions) -> None:
        self._model_permissions = model_permissions

        self.delete = async_to_streamed_response_wrapper(
            model_permissions.delete,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            model_permissions.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            model_permissions.update,
        )
