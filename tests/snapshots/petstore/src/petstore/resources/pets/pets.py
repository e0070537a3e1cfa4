# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Dict, Iterable, Optional, Union, cast, overload

import httpx
from typing_extensions import Annotated, Literal, deprecated

from ..._base_client import AsyncPaginator, make_request_options
from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._streaming import AsyncStream, Stream
from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ..._utils import (
    PropertyInfo,
    async_maybe_transform,
    maybe_transform,
    path_template,
    strip_not_given,
)
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types import pet_create_params, pet_events_params, pet_list_params, pet_update_params, pet_vaccinate_params
from ...types.activity_kind import ActivityKind
from ...types.administrator_param import AdministratorParam
from ...types.pet import Pet
from ...types.pet_activity import PetActivity
from ...types.pet_activity_chunk import PetActivityChunk
from ...types.pet_deleted import PetDeleted
from ...types.pet_size import PetSize
from ...types.pet_status import PetStatus
from ...types.species import Species
from ...types.vaccination import Vaccination
from ...types.vaccine_list import VaccineList
from .photo import (
    AsyncPhoto,
    AsyncPhotoWithRawResponse,
    AsyncPhotoWithStreamingResponse,
    Photo,
    PhotoWithRawResponse,
    PhotoWithStreamingResponse,
)

__all__ = ["Pets", "AsyncPets"]


class Pets(SyncAPIResource):
    @cached_property
    def photo(self) -> Photo:
        return Photo(self._client)

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
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        status: PetStatus | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[Pet]:
        """
        Returns a page of pets, newest first. Pages are chained with the `after` cursor.

        Args:
          after: A cursor; return the items that come after the item with this ID.

          limit: How many items to return, between 1 and 100.

          status: Only return pets with this status.

          order: Sort order by creation time.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/pets",
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
                        "status": status,
                        "order": order,
                    },
                    pet_list_params.PetListParams,
                ),
            ),
            model=cast(Any, Pet),
        )

    def create(
        self,
        *,
        name: str,
        species: Species,
        status: PetStatus | Omit = omit,
        size: PetSize | Omit = omit,
        tags: SequenceNotStr[str] | Omit = omit,
        nickname: Optional[str] | Omit = omit,
        microchip_id: str | Omit = omit,
        photo_url: str | Omit = omit,
        weight_kg: float | Omit = omit,
        adoption_fee_cents: int | Omit = omit,
        litter_size: int | Omit = omit,
        contact: pet_create_params.Contact | Omit = omit,
        birth_date: Annotated[Union[str, date], PropertyInfo(format="iso8601")] | Omit = omit,
        owner_id: str | Omit = omit,
        class_: str | Omit = omit,
        from_: str | Omit = omit,
        metadata: Dict[str, str] | Omit = omit,
        category_id: str | Omit = omit,
        idempotency_key: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """
        Adds a pet to the store.

        Args:
          name: The pet's name.

          species: The kind of animal.

          status: The initial status; `available` if left out.

          size: The size class.

          tags: Free-text tags.

          nickname: An optional nickname.

          microchip_id: The 15-digit ISO microchip number (the example is the only value a sample can take).

          photo_url: A picture of the pet.

          weight_kg: Weight at intake; this route only takes small animals.

          adoption_fee_cents: The adoption fee, in whole dollars.

          litter_size: Siblings born together (the example breaks `minimum`, so it must not be sent).

          contact: How to reach the person bringing the pet in; an email or a phone number, not both.

          birth_date: The date of birth.

          owner_id: The ID of the owner.

          class_: Zoological class.

          from_: Where the pet came from.

          metadata: Up to 16 string key-value pairs.

          category_id: The category to list the pet under.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {
            **strip_not_given(
                {
                    "Idempotency-Key": idempotency_key,
                }
            ),
            **(extra_headers or {}),
        }
        return cast(
            Pet,
            self._post(
                "/pets",
                body=maybe_transform(
                    {
                        "name": name,
                        "species": species,
                        "status": status,
                        "size": size,
                        "tags": tags,
                        "nickname": nickname,
                        "microchip_id": microchip_id,
                        "photo_url": photo_url,
                        "weight_kg": weight_kg,
                        "adoption_fee_cents": adoption_fee_cents,
                        "litter_size": litter_size,
                        "contact": contact,
                        "birth_date": birth_date,
                        "ownerId": owner_id,
                        "class": class_,
                        "from": from_,
                        "metadata": metadata,
                        "category_id": category_id,
                    },
                    pet_create_params.PetCreateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Pet),
            ),
        )

    def retrieve(
        self,
        pet_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """
        Returns one pet by its ID.

        Args:
          pet_id: The ID of the pet.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return cast(
            Pet,
            self._get(
                path_template(
                    "/pets/{pet_id}",
                    pet_id=pet_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Pet),
            ),
        )

    def update(
        self,
        pet_id: str,
        *,
        name: str | Omit = omit,
        status: PetStatus | Omit = omit,
        nickname: Optional[str] | Omit = omit,
        tags: SequenceNotStr[str] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        legacy_tag_id: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """
        Updates the given fields of a pet; fields left out are unchanged.

        Args:
          pet_id: The ID of the pet.

          name: The pet's name.

          status: The new status.

          nickname: A nickname; null removes it.

          tags: Replaces the tags.

          metadata: Replaces the metadata; null clears it.

          legacy_tag_id: The ID from the old tag system. Deprecated.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return cast(
            Pet,
            self._post(
                path_template(
                    "/pets/{pet_id}",
                    pet_id=pet_id,
                ),
                body=maybe_transform(
                    {
                        "name": name,
                        "status": status,
                        "nickname": nickname,
                        "tags": tags,
                        "metadata": metadata,
                        "legacy_tag_id": legacy_tag_id,
                    },
                    pet_update_params.PetUpdateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Pet),
            ),
        )

    @deprecated("deprecated")
    def delete(
        self,
        pet_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetDeleted:
        """
        Deletes a pet. Deprecated; set `status` to `sold` with an update instead.

        Args:
          pet_id: The ID of the pet.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return self._delete(
            path_template(
                "/pets/{pet_id}",
                pet_id=pet_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetDeleted,
        )

    def vaccinate(
        self,
        pet_id: str,
        *,
        vaccine: VaccineList,
        administered_by: AdministratorParam,
        administered_at: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        notes: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Vaccination:
        """
        Records that one or more vaccines were given to a pet.

        Args:
          pet_id: The ID of the pet.

          vaccine: The vaccine given, or several given at once.

          administered_by: Who gave the vaccine.

          administered_at: When it was given; defaults to now.

          notes: Free-text notes.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return self._post(
            path_template(
                "/pets/{pet_id}/vaccinate",
                pet_id=pet_id,
            ),
            body=maybe_transform(
                {
                    "vaccine": vaccine,
                    "administered_by": administered_by,
                    "administered_at": administered_at,
                    "notes": notes,
                },
                pet_vaccinate_params.PetVaccinateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Vaccination,
        )

    @overload
    def events(
        self,
        pet_id: str,
        *,
        stream: Literal[False] | Omit = omit,
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetActivity:
        """
        Returns the pet's recent activity. With `stream: true` the activity is sent as server-sent events, one `PetActivityChunk` per `data:` line, ended by `data: [DONE]`.

        Args:
          pet_id: The ID of the pet.

          stream: If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`.

          kinds: Only return these kinds of activity.

          since: Only return activity after this time.

          limit: The most events to return.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def events(
        self,
        pet_id: str,
        *,
        stream: Literal[True],
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[PetActivityChunk]:
        """
        Returns the pet's recent activity. With `stream: true` the activity is sent as server-sent events, one `PetActivityChunk` per `data:` line, ended by `data: [DONE]`.

        Args:
          pet_id: The ID of the pet.

          stream: If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`.

          kinds: Only return these kinds of activity.

          since: Only return activity after this time.

          limit: The most events to return.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def events(
        self,
        pet_id: str,
        *,
        stream: bool,
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetActivity | Stream[PetActivityChunk]:
        """
        Returns the pet's recent activity. With `stream: true` the activity is sent as server-sent events, one `PetActivityChunk` per `data:` line, ended by `data: [DONE]`.

        Args:
          pet_id: The ID of the pet.

          stream: If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`.

          kinds: Only return these kinds of activity.

          since: Only return activity after this time.

          limit: The most events to return.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    def events(
        self,
        pet_id: str,
        *,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetActivity | Stream[PetActivityChunk]:
        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._post(
            path_template(
                "/pets/{pet_id}/events",
                pet_id=pet_id,
            ),
            body=maybe_transform(
                {
                    "stream": stream,
                    "kinds": kinds,
                    "since": since,
                    "limit": limit,
                },
                pet_events_params.PetEventsParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetActivity,
            stream=stream or False,
            stream_cls=Stream[PetActivityChunk],
        )


class AsyncPets(AsyncAPIResource):
    @cached_property
    def photo(self) -> AsyncPhoto:
        return AsyncPhoto(self._client)

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
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        status: PetStatus | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Pet, AsyncCursorPage[Pet]]:
        """
        Returns a page of pets, newest first. Pages are chained with the `after` cursor.

        Args:
          after: A cursor; return the items that come after the item with this ID.

          limit: How many items to return, between 1 and 100.

          status: Only return pets with this status.

          order: Sort order by creation time.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/pets",
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
                        "status": status,
                        "order": order,
                    },
                    pet_list_params.PetListParams,
                ),
            ),
            model=cast(Any, Pet),
        )

    async def create(
        self,
        *,
        name: str,
        species: Species,
        status: PetStatus | Omit = omit,
        size: PetSize | Omit = omit,
        tags: SequenceNotStr[str] | Omit = omit,
        nickname: Optional[str] | Omit = omit,
        microchip_id: str | Omit = omit,
        photo_url: str | Omit = omit,
        weight_kg: float | Omit = omit,
        adoption_fee_cents: int | Omit = omit,
        litter_size: int | Omit = omit,
        contact: pet_create_params.Contact | Omit = omit,
        birth_date: Annotated[Union[str, date], PropertyInfo(format="iso8601")] | Omit = omit,
        owner_id: str | Omit = omit,
        class_: str | Omit = omit,
        from_: str | Omit = omit,
        metadata: Dict[str, str] | Omit = omit,
        category_id: str | Omit = omit,
        idempotency_key: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """
        Adds a pet to the store.

        Args:
          name: The pet's name.

          species: The kind of animal.

          status: The initial status; `available` if left out.

          size: The size class.

          tags: Free-text tags.

          nickname: An optional nickname.

          microchip_id: The 15-digit ISO microchip number (the example is the only value a sample can take).

          photo_url: A picture of the pet.

          weight_kg: Weight at intake; this route only takes small animals.

          adoption_fee_cents: The adoption fee, in whole dollars.

          litter_size: Siblings born together (the example breaks `minimum`, so it must not be sent).

          contact: How to reach the person bringing the pet in; an email or a phone number, not both.

          birth_date: The date of birth.

          owner_id: The ID of the owner.

          class_: Zoological class.

          from_: Where the pet came from.

          metadata: Up to 16 string key-value pairs.

          category_id: The category to list the pet under.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {
            **strip_not_given(
                {
                    "Idempotency-Key": idempotency_key,
                }
            ),
            **(extra_headers or {}),
        }
        return cast(
            Pet,
            await self._post(
                "/pets",
                body=await async_maybe_transform(
                    {
                        "name": name,
                        "species": species,
                        "status": status,
                        "size": size,
                        "tags": tags,
                        "nickname": nickname,
                        "microchip_id": microchip_id,
                        "photo_url": photo_url,
                        "weight_kg": weight_kg,
                        "adoption_fee_cents": adoption_fee_cents,
                        "litter_size": litter_size,
                        "contact": contact,
                        "birth_date": birth_date,
                        "ownerId": owner_id,
                        "class": class_,
                        "from": from_,
                        "metadata": metadata,
                        "category_id": category_id,
                    },
                    pet_create_params.PetCreateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Pet),
            ),
        )

    async def retrieve(
        self,
        pet_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """
        Returns one pet by its ID.

        Args:
          pet_id: The ID of the pet.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return cast(
            Pet,
            await self._get(
                path_template(
                    "/pets/{pet_id}",
                    pet_id=pet_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Pet),
            ),
        )

    async def update(
        self,
        pet_id: str,
        *,
        name: str | Omit = omit,
        status: PetStatus | Omit = omit,
        nickname: Optional[str] | Omit = omit,
        tags: SequenceNotStr[str] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        legacy_tag_id: Optional[int] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Pet:
        """
        Updates the given fields of a pet; fields left out are unchanged.

        Args:
          pet_id: The ID of the pet.

          name: The pet's name.

          status: The new status.

          nickname: A nickname; null removes it.

          tags: Replaces the tags.

          metadata: Replaces the metadata; null clears it.

          legacy_tag_id: The ID from the old tag system. Deprecated.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return cast(
            Pet,
            await self._post(
                path_template(
                    "/pets/{pet_id}",
                    pet_id=pet_id,
                ),
                body=await async_maybe_transform(
                    {
                        "name": name,
                        "status": status,
                        "nickname": nickname,
                        "tags": tags,
                        "metadata": metadata,
                        "legacy_tag_id": legacy_tag_id,
                    },
                    pet_update_params.PetUpdateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Pet),
            ),
        )

    @deprecated("deprecated")
    async def delete(
        self,
        pet_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetDeleted:
        """
        Deletes a pet. Deprecated; set `status` to `sold` with an update instead.

        Args:
          pet_id: The ID of the pet.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return await self._delete(
            path_template(
                "/pets/{pet_id}",
                pet_id=pet_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetDeleted,
        )

    async def vaccinate(
        self,
        pet_id: str,
        *,
        vaccine: VaccineList,
        administered_by: AdministratorParam,
        administered_at: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        notes: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Vaccination:
        """
        Records that one or more vaccines were given to a pet.

        Args:
          pet_id: The ID of the pet.

          vaccine: The vaccine given, or several given at once.

          administered_by: Who gave the vaccine.

          administered_at: When it was given; defaults to now.

          notes: Free-text notes.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        return await self._post(
            path_template(
                "/pets/{pet_id}/vaccinate",
                pet_id=pet_id,
            ),
            body=await async_maybe_transform(
                {
                    "vaccine": vaccine,
                    "administered_by": administered_by,
                    "administered_at": administered_at,
                    "notes": notes,
                },
                pet_vaccinate_params.PetVaccinateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Vaccination,
        )

    @overload
    async def events(
        self,
        pet_id: str,
        *,
        stream: Literal[False] | Omit = omit,
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetActivity:
        """
        Returns the pet's recent activity. With `stream: true` the activity is sent as server-sent events, one `PetActivityChunk` per `data:` line, ended by `data: [DONE]`.

        Args:
          pet_id: The ID of the pet.

          stream: If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`.

          kinds: Only return these kinds of activity.

          since: Only return activity after this time.

          limit: The most events to return.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def events(
        self,
        pet_id: str,
        *,
        stream: Literal[True],
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[PetActivityChunk]:
        """
        Returns the pet's recent activity. With `stream: true` the activity is sent as server-sent events, one `PetActivityChunk` per `data:` line, ended by `data: [DONE]`.

        Args:
          pet_id: The ID of the pet.

          stream: If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`.

          kinds: Only return these kinds of activity.

          since: Only return activity after this time.

          limit: The most events to return.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def events(
        self,
        pet_id: str,
        *,
        stream: bool,
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetActivity | AsyncStream[PetActivityChunk]:
        """
        Returns the pet's recent activity. With `stream: true` the activity is sent as server-sent events, one `PetActivityChunk` per `data:` line, ended by `data: [DONE]`.

        Args:
          pet_id: The ID of the pet.

          stream: If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`.

          kinds: Only return these kinds of activity.

          since: Only return activity after this time.

          limit: The most events to return.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    async def events(
        self,
        pet_id: str,
        *,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        kinds: Iterable[ActivityKind] | Omit = omit,
        since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")] | Omit = omit,
        limit: int | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PetActivity | AsyncStream[PetActivityChunk]:
        if not pet_id:
            raise ValueError(f"`pet_id` must be a non-empty string, got {pet_id!r}")
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/pets/{pet_id}/events",
                pet_id=pet_id,
            ),
            body=await async_maybe_transform(
                {
                    "stream": stream,
                    "kinds": kinds,
                    "since": since,
                    "limit": limit,
                },
                pet_events_params.PetEventsParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetActivity,
            stream=stream or False,
            stream_cls=AsyncStream[PetActivityChunk],
        )


class PetsWithRawResponse:
    def __init__(self, pets: Pets) -> None:
        self._pets = pets

        self.list = to_raw_response_wrapper(
            pets.list,
        )

        self.create = to_raw_response_wrapper(
            pets.create,
        )

        self.retrieve = to_raw_response_wrapper(
            pets.retrieve,
        )

        self.update = to_raw_response_wrapper(
            pets.update,
        )

        self.delete = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            pets.delete,  # pyright: ignore[reportDeprecated]
        )

        self.vaccinate = to_raw_response_wrapper(
            pets.vaccinate,
        )

        self.events = to_raw_response_wrapper(
            pets.events,
        )

    @cached_property
    def photo(self) -> PhotoWithRawResponse:
        return PhotoWithRawResponse(self._pets.photo)


class AsyncPetsWithRawResponse:
    def __init__(self, pets: AsyncPets) -> None:
        self._pets = pets

        self.list = async_to_raw_response_wrapper(
            pets.list,
        )

        self.create = async_to_raw_response_wrapper(
            pets.create,
        )

        self.retrieve = async_to_raw_response_wrapper(
            pets.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            pets.update,
        )

        self.delete = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            pets.delete,  # pyright: ignore[reportDeprecated]
        )

        self.vaccinate = async_to_raw_response_wrapper(
            pets.vaccinate,
        )

        self.events = async_to_raw_response_wrapper(
            pets.events,
        )

    @cached_property
    def photo(self) -> AsyncPhotoWithRawResponse:
        return AsyncPhotoWithRawResponse(self._pets.photo)


class PetsWithStreamingResponse:
    def __init__(self, pets: Pets) -> None:
        self._pets = pets

        self.list = to_streamed_response_wrapper(
            pets.list,
        )

        self.create = to_streamed_response_wrapper(
            pets.create,
        )

        self.retrieve = to_streamed_response_wrapper(
            pets.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            pets.update,
        )

        self.delete = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            pets.delete,  # pyright: ignore[reportDeprecated]
        )

        self.vaccinate = to_streamed_response_wrapper(
            pets.vaccinate,
        )

        self.events = to_streamed_response_wrapper(
            pets.events,
        )

    @cached_property
    def photo(self) -> PhotoWithStreamingResponse:
        return PhotoWithStreamingResponse(self._pets.photo)


class AsyncPetsWithStreamingResponse:
    def __init__(self, pets: AsyncPets) -> None:
        self._pets = pets

        self.list = async_to_streamed_response_wrapper(
            pets.list,
        )

        self.create = async_to_streamed_response_wrapper(
            pets.create,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            pets.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            pets.update,
        )

        self.delete = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            pets.delete,  # pyright: ignore[reportDeprecated]
        )

        self.vaccinate = async_to_streamed_response_wrapper(
            pets.vaccinate,
        )

        self.events = async_to_streamed_response_wrapper(
            pets.events,
        )

    @cached_property
    def photo(self) -> AsyncPhotoWithStreamingResponse:
        return AsyncPhotoWithStreamingResponse(self._pets.photo)
