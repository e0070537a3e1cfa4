# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncPetstore, Petstore

__all__ = ["SyncAPIResource", "AsyncAPIResource"]


class SyncAPIResource:
    _client: Petstore

    def __init__(self, client: Petstore) -> None:
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
    _client: AsyncPetstore

    def __init__(self, client: AsyncPetstore) -> None:
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
