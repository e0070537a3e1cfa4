# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncLegacyInventory, LegacyInventory

__all__ = ["SyncAPIResource", "AsyncAPIResource"]


class SyncAPIResource:
    _client: LegacyInventory

    def __init__(self, client: LegacyInventory) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._head = client.head
        self._options = client.options
        self._trace = client.trace
        self._get_api_list = client.get_api_list


class AsyncAPIResource:
    _client: AsyncLegacyInventory

    def __init__(self, client: AsyncLegacyInventory) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._head = client.head
        self._options = client.options
        self._trace = client.trace
        self._get_api_list = client.get_api_list
