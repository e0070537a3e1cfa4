# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

import httpx
from typing_extensions import Literal

from ..._base_client import AsyncPaginator, make_request_options
from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NoneType, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ..._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types import container_create_params, container_list_params
from ...types.container_create_response import ContainerCreateResponse
from ...types.container_list_response import ContainerListResponse
from ...types.container_retrieve_response import ContainerRetrieveResponse
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)

__all__ = ["Containers", "AsyncContainers"]


class Containers(SyncAPIResource):
    @cached_property
    def files(self) -> Files:
        return Files(self._client)

    @cached_property
    def with_raw_response(self) -> ContainersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return ContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContainersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return ContainersWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        file_ids: SequenceNotStr[str] | Omit = omit,
        expires_after: container_create_params.ExpiresAfter | Omit = omit,
        skills: Iterable[container_create_params.Skill] | Omit = omit,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | Omit = omit,
        network_policy: container_create_params.NetworkPolicy | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerCreateResponse:
        """
        Creates a container.

        Args:
          name: Name of the container to create.

          file_ids: IDs of files to copy to the container.

          expires_after: Container expiration time in seconds relative to the 'anchor' time.

          skills: An optional list of skills referenced by id or inline data.

          memory_limit: Optional memory limit for the container. Defaults to "1g".

          network_policy: Network access policy for the container.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/containers",
            body=maybe_transform(
                {
                    "name": name,
                    "file_ids": file_ids,
                    "expires_after": expires_after,
                    "skills": skills,
                    "memory_limit": memory_limit,
                    "network_policy": network_policy,
                },
                container_create_params.ContainerCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ContainerCreateResponse,
        )

    def delete(
        self,
        container_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Delete a container.

        Args:
          container_id: The ID of the container to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        return self._delete(
            path_template(
                "/containers/{container_id}",
                container_id=container_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        name: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[ContainerListResponse]:
        """
        Lists containers.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          name: Filter results by container name.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/containers",
            page=SyncCursorPage[ContainerListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "name": name,
                    },
                    container_list_params.ContainerListParams,
                ),
            ),
            model=ContainerListResponse,
        )

    def retrieve(
        self,
        container_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerRetrieveResponse:
        """
        Retrieves a container.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        return self._get(
            path_template(
                "/containers/{container_id}",
                container_id=container_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ContainerRetrieveResponse,
        )


class AsyncContainers(AsyncAPIResource):
    @cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncContainersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContainersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncContainersWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        file_ids: SequenceNotStr[str] | Omit = omit,
        expires_after: container_create_params.ExpiresAfter | Omit = omit,
        skills: Iterable[container_create_params.Skill] | Omit = omit,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | Omit = omit,
        network_policy: container_create_params.NetworkPolicy | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerCreateResponse:
        """
        Creates a container.

        Args:
          name: Name of the container to create.

          file_ids: IDs of files to copy to the container.

          expires_after: Container expiration time in seconds relative to the 'anchor' time.

          skills: An optional list of skills referenced by id or inline data.

          memory_limit: Optional memory limit for the container. Defaults to "1g".

          network_policy: Network access policy for the container.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/containers",
            body=await async_maybe_transform(
                {
                    "name": name,
                    "file_ids": file_ids,
                    "expires_after": expires_after,
                    "skills": skills,
                    "memory_limit": memory_limit,
                    "network_policy": network_policy,
                },
                container_create_params.ContainerCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ContainerCreateResponse,
        )

    async def delete(
        self,
        container_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Delete a container.

        Args:
          container_id: The ID of the container to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        return await self._delete(
            path_template(
                "/containers/{container_id}",
                container_id=container_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        name: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ContainerListResponse, AsyncCursorPage[ContainerListResponse]]:
        """
        Lists containers.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          name: Filter results by container name.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/containers",
            page=AsyncCursorPage[ContainerListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "name": name,
                    },
                    container_list_params.ContainerListParams,
                ),
            ),
            model=ContainerListResponse,
        )

    async def retrieve(
        self,
        container_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerRetrieveResponse:
        """
        Retrieves a container.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not container_id:
            raise ValueError(f"`container_id` must be a non-empty string, got {container_id!r}")
        return await self._get(
            path_template(
                "/containers/{container_id}",
                container_id=container_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ContainerRetrieveResponse,
        )


class ContainersWithRawResponse:
    def __init__(self, containers: Containers) -> None:
        self._containers = containers

        self.create = to_raw_response_wrapper(
            containers.create,
        )

        self.delete = to_raw_response_wrapper(
            containers.delete,
        )

        self.list = to_raw_response_wrapper(
            containers.list,
        )

        self.retrieve = to_raw_response_wrapper(
            containers.retrieve,
        )

    @cached_property
    def files(self) -> FilesWithRawResponse:
        return FilesWithRawResponse(self._containers.files)


class AsyncContainersWithRawResponse:
    def __init__(self, containers: AsyncContainers) -> None:
        self._containers = containers

        self.create = async_to_raw_response_wrapper(
            containers.create,
        )

        self.delete = async_to_raw_response_wrapper(
            containers.delete,
        )

        self.list = async_to_raw_response_wrapper(
            containers.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            containers.retrieve,
        )

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        return AsyncFilesWithRawResponse(self._containers.files)


class ContainersWithStreamingResponse:
    def __init__(self, containers: Containers) -> None:
        self._containers = containers

        self.create = to_streamed_response_wrapper(
            containers.create,
        )

        self.delete = to_streamed_response_wrapper(
            containers.delete,
        )

        self.list = to_streamed_response_wrapper(
            containers.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            containers.retrieve,
        )

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        return FilesWithStreamingResponse(self._containers.files)


class AsyncContainersWithStreamingResponse:
    def __init__(self, containers: AsyncContainers) -> None:
        self._containers = containers

        self.create = async_to_streamed_response_wrapper(
            containers.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            containers.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            containers.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            containers.retrieve,
        )

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        return AsyncFilesWithStreamingResponse(self._containers.files)
