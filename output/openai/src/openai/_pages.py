# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""The page base classes (pydantic models), apart from `_base_client` so that `import openai`
does not import pydantic; `pagination` and the list methods load them on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Iterator, List, Mapping, Optional, Type, TypeVar, cast

import httpx
from pydantic import PrivateAttr

from ._base_client import PageInfo
from ._constants import INTERNAL_HEADERS
from ._models import GenericModel
from ._request_options import FinalRequestOptions
from ._utils import is_given, is_mapping

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["BasePage", "BaseSyncPage", "BaseAsyncPage"]

# Shared with the page classes of `pagination`: a different type variable there would make
# pydantic rebuild these generic bases for every page class.
_T = TypeVar("_T")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


class BasePage(GenericModel, Generic[_T]):
    """A page of results; subclasses say where the items are and how to find the next page."""

    _options: FinalRequestOptions = PrivateAttr()
    _model: Type[_T] = PrivateAttr()

    def has_next_page(self) -> bool:
        items = self._get_page_items()
        if not items:
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError()

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError()

    def _params_from_url(self, url: httpx.URL) -> httpx.QueryParams:
        return httpx.QueryParams(cast(Any, self._options.params)).merge(url.params)

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options.copy()
        if isinstance(options.headers, Mapping):
            # A raw / streamed first page must not make the following pages raw too.
            options.headers = {
                key: value for key, value in options.headers.items() if key.lower() not in INTERNAL_HEADERS
            }
        if is_given(info.params):
            options.params = {**options.params, **info.params}
            return options
        if is_given(info.url):
            params = self._params_from_url(info.url)
            options.url = str(info.url.copy_with(params=None))
            options.params = dict(params.items())
            return options
        if is_given(info.json):
            if not is_mapping(info.json):
                raise TypeError("Paging needs the request's params and JSON body to be mappings")
            if not options.json_data:
                options.json_data = {**info.json}
            else:
                if not is_mapping(options.json_data):
                    raise TypeError("Paging needs the request's params and JSON body to be mappings")
                options.json_data = {**options.json_data, **info.json}
            return options
        raise ValueError("Unexpected PageInfo state")


class BaseSyncPage(BasePage[_T], Generic[_T]):
    _client: SyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, client: SyncAPIClient, model: Type[_T], options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    # Iterating a page yields its items and then those of every following page.
    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    def iter_pages(self: SyncPageT) -> Iterator[SyncPageT]:
        page = self
        while True:
            yield page
            if page.has_next_page():
                page = page.get_next_page()
            else:
                return

    def get_next_page(self: SyncPageT) -> SyncPageT:
        info = self.next_page_info()
        if not info:
            raise RuntimeError("This is the last page: call `.get_next_page()` only when `.has_next_page()` is true.")
        options = self._info_to_options(info)
        return self._client._request_api_list(self._model, page=self.__class__, options=options)


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    _client: AsyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, model: Type[_T], client: AsyncAPIClient, options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self: AsyncPageT) -> AsyncIterator[AsyncPageT]:
        page = self
        while True:
            yield page
            if page.has_next_page():
                page = await page.get_next_page()
            else:
                return

    async def get_next_page(self: AsyncPageT) -> AsyncPageT:
        info = self.next_page_info()
        if not info:
            raise RuntimeError("This is the last page: call `.get_next_page()` only when `.has_next_page()` is true.")
        options = self._info_to_options(info)
        return await self._client._request_api_list(self._model, page=self.__class__, options=options)
