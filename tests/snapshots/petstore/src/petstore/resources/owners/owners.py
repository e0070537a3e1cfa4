# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from .pets import (
    AsyncPets,
    AsyncPetsWithRawResponse,
    AsyncPetsWithStreamingResponse,
    Pets,
    PetsWithRawResponse,
    PetsWithStreamingResponse,
)

__all__ = ["Owners", "AsyncOwners"]


class Owners(SyncAPIResource):
    @cached_property
    def pets(self) -> Pets:
        return Pets(self._client)

    @cached_property
    def with_raw_response(self) -> OwnersWithRawResponse:
        """
        This property can be used as a prefix for any HTTP method call to return
        the raw response object instead of the parsed content.
        """
        return OwnersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OwnersWithStreamingResponse:
        """
        An alternative to `.with_raw_response` that doesn't eagerly read the response body.
        """
        return OwnersWithStreamingResponse(self)


class AsyncOwners(AsyncAPIResource):
    @cached_property
    def pets(self) -> AsyncPets:
        return AsyncPets(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncOwnersWithRawResponse:
        """
        This property can be used as a prefix for any HTTP method call to return
        the raw response object instead of the parsed content.
        """
        return AsyncOwnersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOwnersWithStreamingResponse:
        """
        An alternative to `.with_raw_response` that doesn't eagerly read the response body.
        """
        return AsyncOwnersWithStreamingResponse(self)


class OwnersWithRawResponse:
    def __init__(self, owners: Owners) -> None:
        self._owners = owners

    @cached_property
    def pets(self) -> PetsWithRawResponse:
        return PetsWithRawResponse(self._owners.pets)


class AsyncOwnersWithRawResponse:
    def __init__(self, owners: AsyncOwners) -> None:
        self._owners = owners

    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse:
        return AsyncPetsWithRawResponse(self._owners.pets)


class OwnersWithStreamingResponse:
    def __init__(self, owners: Owners) -> None:
        self._owners = owners

    @cached_property
    def pets(self) -> PetsWithStreamingResponse:
        return PetsWithStreamingResponse(self._owners.pets)


class AsyncOwnersWithStreamingResponse:
    def __init__(self, owners: AsyncOwners) -> None:
        self._owners = owners

    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        return AsyncPetsWithStreamingResponse(self._owners.pets)
