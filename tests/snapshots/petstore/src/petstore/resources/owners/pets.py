# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import httpx

from ..._base_client import AsyncPaginator, make_request_options
from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..._utils import (
    maybe_transform,
    path_template,
)
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.owners import pet_list_params
from ...types.pet import Pet

__all__ = ["Pets", "AsyncPets"]


class Pets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return PetsWithStreamingResponse(self)

    def list(
        self,
        owner_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[Pet]:
        """
        Returns a page of the pets that belong to one owner.

        Args:
          owner_id: The ID of the owner.

          after: A cursor; return the items that come after the item with this ID.

          limit: How many items to return, between 1 and 100.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not owner_id:
            raise ValueError(f"`owner_id` must be a non-empty string, got {owner_id!r}")
        return self._get_api_list(
            path_template(
                "/owners/{owner_id}/pets",
                owner_id=owner_id,
            ),
            page=SyncCursorPage[Pet],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "after": after,
                        "limit": limit,
                    },
                    pet_list_params.PetListParams,
                ),
            ),
            model=cast(Any, Pet),
        )


class AsyncPets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncPetsWithStreamingResponse(self)

    def list(
        self,
        owner_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Pet, AsyncCursorPage[Pet]]:
        """
        Returns a page of the pets that belong to one owner.

        Args:
          owner_id: The ID of the owner.

          after: A cursor; return the items that come after the item with this ID.

          limit: How many items to return, between 1 and 100.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not owner_id:
            raise ValueError(f"`owner_id` must be a non-empty string, got {owner_id!r}")
        return self._get_api_list(
            path_template(
                "/owners/{owner_id}/pets",
                owner_id=owner_id,
            ),
            page=AsyncCursorPage[Pet],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "after": after,
                        "limit": limit,
                    },
                    pet_list_params.PetListParams,
                ),
            ),
            model=cast(Any, Pet),
        )


class PetsWithRawResponse:
    def __init__(self, pets: Pets) -> None:
        self._pets = pets

        self.list = to_raw_response_wrapper(
            pets.list,
        )


class AsyncPetsWithRawResponse:
    def __init__(self, pets: AsyncPets) -> None:
        self._pets = pets

        self.list = async_to_raw_response_wrapper(
            pets.list,
        )


class PetsWithStreamingResponse:
    def __init__(self, pets: Pets) -> None:
        self._pets = pets

        self.list = to_streamed_response_wrapper(
            pets.list,
        )


class AsyncPetsWithStreamingResponse:
    def __init__(self, pets: AsyncPets) -> None:
        self._pets = pets

        self.list = async_to_streamed_response_wrapper(
            pets.list,
        )
