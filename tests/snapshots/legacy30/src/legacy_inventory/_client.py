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
from ._exceptions import LegacyInventoryError
from ._request_options import FinalRequestOptions
from ._types import NotGiven, Omit, Timeout, not_given
from ._utils import is_given
from ._version import __version__

if TYPE_CHECKING:
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from .resources.documents import (
        AsyncDocuments,
        AsyncDocumentsWithRawResponse,
        AsyncDocumentsWithStreamingResponse,
        Documents,
        DocumentsWithRawResponse,
        DocumentsWithStreamingResponse,
    )
    from .resources.widgets import (
        AsyncWidgets,
        AsyncWidgetsWithRawResponse,
        AsyncWidgetsWithStreamingResponse,
        Widgets,
        WidgetsWithRawResponse,
        WidgetsWithStreamingResponse,
    )

__all__ = [
    "Timeout",
    "Stream",
    "AsyncStream",
    "LegacyInventory",
    "AsyncLegacyInventory",
    "Client",
    "AsyncClient",
]


class LegacyInventory(SyncAPIClient):
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
        """Construct a new legacy_inventory client.

        Arguments left out are read from the environment:
        - `api_key` from `LEGACY_INVENTORY_API_KEY`
        - `base_url` from `LEGACY_INVENTORY_BASE_URL`
        """
        self._api_key_derived = False
        self._api_key_provider = None
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""  # set from the provider before each request
        if api_key is None:
            api_key = os.environ.get("LEGACY_INVENTORY_API_KEY")
        if api_key is None:
            raise LegacyInventoryError(
                "The api_key client option must be set either by passing api_key to the client"
                " or by setting the LEGACY_INVENTORY_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("LEGACY_INVENTORY_BASE_URL")
        if base_url is None:
            base_url = "https://inventory.legacy.example/api"

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
    def widgets(self) -> Widgets:
        from .resources.widgets import Widgets

        return Widgets(self)

    @cached_property
    def documents(self) -> Documents:
        from .resources.documents import Documents

        return Documents(self)

    @cached_property
    def with_raw_response(self) -> LegacyInventoryWithRawResponse:
        return LegacyInventoryWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LegacyInventoryWithStreamedResponse:
        return LegacyInventoryWithStreamedResponse(self)

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        api_key = self.api_key
        if not api_key:
            return {}
        return {"X-API-Key": api_key}

    def _refresh_api_key(self) -> None:
        """Asks the key function (if the client has one) for the key of the next request."""
        provider = self._api_key_provider
        if provider is not None:
            key = cast(object, provider())  # checked below: a provider is user code
            if not isinstance(key, str) or not key:
                got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
                raise LegacyInventoryError(
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


class AsyncLegacyInventory(AsyncAPIClient):
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
        """Construct a new async legacy_inventory client.

        Arguments left out are read from the environment:
        - `api_key` from `LEGACY_INVENTORY_API_KEY`
        - `base_url` from `LEGACY_INVENTORY_BASE_URL`
        """
        self._api_key_derived = False
        self._api_key_provider = None
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""  # set from the provider before each request
        if api_key is None:
            api_key = os.environ.get("LEGACY_INVENTORY_API_KEY")
        if api_key is None:
            raise LegacyInventoryError(
                "The api_key client option must be set either by passing api_key to the client"
                " or by setting the LEGACY_INVENTORY_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("LEGACY_INVENTORY_BASE_URL")
        if base_url is None:
            base_url = "https://inventory.legacy.example/api"

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
    def widgets(self) -> AsyncWidgets:
        from .resources.widgets import AsyncWidgets

        return AsyncWidgets(self)

    @cached_property
    def documents(self) -> AsyncDocuments:
        from .resources.documents import AsyncDocuments

        return AsyncDocuments(self)

    @cached_property
    def with_raw_response(self) -> AsyncLegacyInventoryWithRawResponse:
        return AsyncLegacyInventoryWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLegacyInventoryWithStreamedResponse:
        return AsyncLegacyInventoryWithStreamedResponse(self)

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        api_key = self.api_key
        if not api_key:
            return {}
        return {"X-API-Key": api_key}

    async def _refresh_api_key(self) -> None:
        """Asks the key function (if the client has one) for the key of the next request."""
        provider = self._api_key_provider
        if provider is not None:
            key = cast(object, provider())  # checked below: a provider is user code
            if inspect.isawaitable(key):
                key = await key
            if not isinstance(key, str) or not key:
                got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
                raise LegacyInventoryError(
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


class LegacyInventoryWithRawResponse:
    _client: LegacyInventory

    def __init__(self, client: LegacyInventory) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> WidgetsWithRawResponse:
        from .resources.widgets import WidgetsWithRawResponse

        return WidgetsWithRawResponse(self._client.widgets)

    @cached_property
    def documents(self) -> DocumentsWithRawResponse:
        from .resources.documents import DocumentsWithRawResponse

        return DocumentsWithRawResponse(self._client.documents)


class AsyncLegacyInventoryWithRawResponse:
    _client: AsyncLegacyInventory

    def __init__(self, client: AsyncLegacyInventory) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncWidgetsWithRawResponse:
        from .resources.widgets import AsyncWidgetsWithRawResponse

        return AsyncWidgetsWithRawResponse(self._client.widgets)

    @cached_property
    def documents(self) -> AsyncDocumentsWithRawResponse:
        from .resources.documents import AsyncDocumentsWithRawResponse

        return AsyncDocumentsWithRawResponse(self._client.documents)


class LegacyInventoryWithStreamedResponse:
    _client: LegacyInventory

    def __init__(self, client: LegacyInventory) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> WidgetsWithStreamingResponse:
        from .resources.widgets import WidgetsWithStreamingResponse

        return WidgetsWithStreamingResponse(self._client.widgets)

    @cached_property
    def documents(self) -> DocumentsWithStreamingResponse:
        from .resources.documents import DocumentsWithStreamingResponse

        return DocumentsWithStreamingResponse(self._client.documents)


class AsyncLegacyInventoryWithStreamedResponse:
    _client: AsyncLegacyInventory

    def __init__(self, client: AsyncLegacyInventory) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncWidgetsWithStreamingResponse:
        from .resources.widgets import AsyncWidgetsWithStreamingResponse

        return AsyncWidgetsWithStreamingResponse(self._client.widgets)

    @cached_property
    def documents(self) -> AsyncDocumentsWithStreamingResponse:
        from .resources.documents import AsyncDocumentsWithStreamingResponse

        return AsyncDocumentsWithStreamingResponse(self._client.documents)


Client = LegacyInventory

AsyncClient = AsyncLegacyInventory


def __getattr__(name: str) -> Any:
    # The stream module and its imports load with the first streamed call, not with the client.
    if name in ("Stream", "AsyncStream"):
        from . import _streaming

        return getattr(_streaming, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
