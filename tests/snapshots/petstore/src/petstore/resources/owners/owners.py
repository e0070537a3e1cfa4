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
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return OwnersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OwnersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return OwnersWithStreamingResponse(self)


class AsyncOwners(AsyncAPIResource):
    @cached_property
    def pets(self) -> AsyncPets:
        return AsyncPets(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncOwnersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncOwnersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOwnersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
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
