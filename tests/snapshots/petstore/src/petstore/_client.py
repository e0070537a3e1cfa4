# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, Union, cast

import httpx
from typing_extensions import Self, override

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._compat import cached_property
from ._constants import DEFAULT_MAX_RETRIES
from ._exceptions import PetstoreError
from ._request_options import FinalRequestOptions
from ._types import NotGiven, Omit, Timeout, not_given
from ._utils import is_given
from ._version import __version__

if TYPE_CHECKING:
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from .resources.owners import (
        AsyncOwners,
        AsyncOwnersWithRawResponse,
        AsyncOwnersWithStreamingResponse,
        Owners,
        OwnersWithRawResponse,
        OwnersWithStreamingResponse,
    )
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse,
        Pets,
        PetsWithRawResponse,
        PetsWithStreamingResponse,
    )

__all__ = [
    "Timeout",
    "Stream",
    "AsyncStream",
    "Petstore",
    "AsyncPetstore",
    "Client",
    "AsyncClient",
]


class Petstore(SyncAPIClient):
    # client options
    api_key: str

    def __init__(
        self,
        *,
        # a key, or a function returning one, called before each request (a rotating key)
        api_key: Union[str, Callable[[], str], None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        # An `httpx.Client` to use instead of the default one, e.g. with a proxy or custom transport.
        http_client: Optional[httpx.Client] = None,
        # Raise `APIResponseValidationError` when a response does not fit its declared type,
        # instead of building it leniently.
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new petstore client.

        Arguments left out are read from the environment:
        - `api_key` from `PETSTORE_API_KEY`
        - `base_url` from `PETSTORE_BASE_URL`
        """
        self._api_key_derived = False
        self._api_key_provider = None
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""  # set from the provider before each request
        if api_key is None:
            api_key = os.environ.get("PETSTORE_API_KEY")
        if api_key is None:
            raise PetstoreError(
                "The api_key client option must be set either by passing api_key to the client"
                " or by setting the PETSTORE_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("PETSTORE_BASE_URL")
        if base_url is None:
            base_url = "https://api.petstore.example/v1"

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def pets(self) -> Pets:
        from .resources.pets import Pets

        return Pets(self)

    @cached_property
    def owners(self) -> Owners:
        from .resources.owners import Owners

        return Owners(self)

    @cached_property
    def with_raw_response(self) -> PetstoreWithRawResponse:
        return PetstoreWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetstoreWithStreamedResponse:
        return PetstoreWithStreamedResponse(self)

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        api_key = self.api_key
        if not api_key:
            return {}
        return {"Authorization": f"Bearer {api_key}"}

    def _refresh_api_key(self) -> None:
        """Asks the key function (if the client has one) for the key of the next request."""
        provider = self._api_key_provider
        if provider is not None:
            key = cast(object, provider())  # checked below: a provider is user code
            if not isinstance(key, str) or not key:
                got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
                raise PetstoreError(
                    f"The api_key function returned {got}; it must return the key as a non-empty string"
                )
            self.api_key = key

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        self._refresh_api_key()
        return super()._prepare_options(options)

    @override
    def _reauthorize(self, options: FinalRequestOptions) -> bool:
        # a key function that caches a token (workload identity) can drop it and fetch a new one
        invalidate = getattr(self._api_key_provider, "invalidate", None)
        if options.credential is not None or not callable(invalidate):
            return False
        invalidate()
        self._refresh_api_key()
        return True

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        headers: Dict[str, Union[str, Omit]] = dict(super().default_headers)
        return headers

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], str], None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options changed; it shares this client's HTTP connection pool."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Give `default_headers` (merged) or `set_default_headers` (replacing), not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Give `default_query` (merged) or `set_default_query` (replacing), not both")

        headers: Mapping[str, Any] = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params: Mapping[str, object] = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        client_cls: Any = self._copy_class()
        return cast(
            Self,
            client_cls(
                api_key=api_key or (None if self._api_key_derived else self._api_key_provider or self.api_key),
                base_url=base_url or self.base_url,
                timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
                http_client=http_client or self._client,
                max_retries=max_retries if is_given(max_retries) else self.max_retries,
                default_headers=headers,
                default_query=params,
                _strict_response_validation=self._strict_response_validation,
                **_extra_kwargs,
            ),
        )

    # `client.with_options(timeout=10).resource.method(...)`
    with_options = copy

    def _copy_class(self) -> type:
        return self.__class__


class AsyncPetstore(AsyncAPIClient):
    # client options
    api_key: str

    def __init__(
        self,
        *,
        # a key, or a function returning one, called before each request (a rotating key)
        api_key: Union[str, Callable[[], Union[str, Awaitable[str]]], None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        # An `httpx.AsyncClient` to use instead of the default one, e.g. with a proxy or custom transport.
        http_client: Optional[httpx.AsyncClient] = None,
        # Raise `APIResponseValidationError` when a response does not fit its declared type,
        # instead of building it leniently.
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new async petstore client.

        Arguments left out are read from the environment:
        - `api_key` from `PETSTORE_API_KEY`
        - `base_url` from `PETSTORE_BASE_URL`
        """
        self._api_key_derived = False
        self._api_key_provider = None
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""  # set from the provider before each request
        if api_key is None:
            api_key = os.environ.get("PETSTORE_API_KEY")
        if api_key is None:
            raise PetstoreError(
                "The api_key client option must be set either by passing api_key to the client"
                " or by setting the PETSTORE_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("PETSTORE_BASE_URL")
        if base_url is None:
            base_url = "https://api.petstore.example/v1"

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def pets(self) -> AsyncPets:
        from .resources.pets import AsyncPets

        return AsyncPets(self)

    @cached_property
    def owners(self) -> AsyncOwners:
        from .resources.owners import AsyncOwners

        return AsyncOwners(self)

    @cached_property
    def with_raw_response(self) -> AsyncPetstoreWithRawResponse:
        return AsyncPetstoreWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetstoreWithStreamedResponse:
        return AsyncPetstoreWithStreamedResponse(self)

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        api_key = self.api_key
        if not api_key:
            return {}
        return {"Authorization": f"Bearer {api_key}"}

    async def _refresh_api_key(self) -> None:
        """Asks the key function (if the client has one) for the key of the next request."""
        provider = self._api_key_provider
        if provider is not None:
            key = cast(object, provider())  # checked below: a provider is user code
            if inspect.isawaitable(key):
                key = await key
            if not isinstance(key, str) or not key:
                got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
                raise PetstoreError(
                    f"The api_key function returned {got}; it must return the key as a non-empty string"
                )
            self.api_key = key

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        await self._refresh_api_key()
        return await super()._prepare_options(options)

    @override
    async def _reauthorize(self, options: FinalRequestOptions) -> bool:
        # a key function that caches a token (workload identity) can drop it and fetch a new one
        invalidate = getattr(self._api_key_provider, "invalidate", None)
        if options.credential is not None or not callable(invalidate):
            return False
        invalidate()
        await self._refresh_api_key()
        return True

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        headers: Dict[str, Union[str, Omit]] = dict(super().default_headers)
        return headers

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], Union[str, Awaitable[str]]], None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options changed; it shares this client's HTTP connection pool."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Give `default_headers` (merged) or `set_default_headers` (replacing), not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Give `default_query` (merged) or `set_default_query` (replacing), not both")

        headers: Mapping[str, Any] = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params: Mapping[str, object] = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        client_cls: Any = self._copy_class()
        return cast(
            Self,
            client_cls(
                api_key=api_key or (None if self._api_key_derived else self._api_key_provider or self.api_key),
                base_url=base_url or self.base_url,
                timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
                http_client=http_client or self._client,
                max_retries=max_retries if is_given(max_retries) else self.max_retries,
                default_headers=headers,
                default_query=params,
                _strict_response_validation=self._strict_response_validation,
                **_extra_kwargs,
            ),
        )

    # `client.with_options(timeout=10).resource.method(...)`
    with_options = copy

    def _copy_class(self) -> type:
        return self.__class__


class PetstoreWithRawResponse:
    _client: Petstore

    def __init__(self, client: Petstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithRawResponse:
        from .resources.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)

    @cached_property
    def owners(self) -> OwnersWithRawResponse:
        from .resources.owners import OwnersWithRawResponse

        return OwnersWithRawResponse(self._client.owners)


class AsyncPetstoreWithRawResponse:
    _client: AsyncPetstore

    def __init__(self, client: AsyncPetstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse:
        from .resources.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)

    @cached_property
    def owners(self) -> AsyncOwnersWithRawResponse:
        from .resources.owners import AsyncOwnersWithRawResponse

        return AsyncOwnersWithRawResponse(self._client.owners)


class PetstoreWithStreamedResponse:
    _client: Petstore

    def __init__(self, client: Petstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithStreamingResponse:
        from .resources.pets import PetsWithStreamingResponse

        return PetsWithStreamingResponse(self._client.pets)

    @cached_property
    def owners(self) -> OwnersWithStreamingResponse:
        from .resources.owners import OwnersWithStreamingResponse

        return OwnersWithStreamingResponse(self._client.owners)


class AsyncPetstoreWithStreamedResponse:
    _client: AsyncPetstore

    def __init__(self, client: AsyncPetstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        from .resources.pets import AsyncPetsWithStreamingResponse

        return AsyncPetsWithStreamingResponse(self._client.pets)

    @cached_property
    def owners(self) -> AsyncOwnersWithStreamingResponse:
        from .resources.owners import AsyncOwnersWithStreamingResponse

        return AsyncOwnersWithStreamingResponse(self._client.owners)


Client = Petstore

AsyncClient = AsyncPetstore


def __getattr__(name: str) -> Any:
    # The stream module and its imports load with the first streamed call, not with the client.
    if name in ("Stream", "AsyncStream"):
        from . import _streaming

        return getattr(_streaming, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
