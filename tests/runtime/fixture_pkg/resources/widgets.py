# Hand-written in the shape the generator emits for resources.
from __future__ import annotations

from typing import Dict, List, Union, Mapping, Iterable, Optional, cast
from datetime import date, datetime

import httpx

from ..types import widget_list_params, widget_create_params, widget_upload_params
from .._types import Body, Omit, Query, Headers, NotGiven, FileTypes, omit, not_given
from .._utils import path_template, extract_files, maybe_transform, strip_not_given, deepcopy_minimal, async_maybe_transform
from .._compat import cached_property
from .._resource import SyncAPIResource, AsyncAPIResource
from .._response import (
    HttpxBinaryResponseContent,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._streaming import Stream, AsyncStream
from ..pagination import SyncCursorPage, AsyncCursorPage, SyncConversationCursorPage, AsyncConversationCursorPage
from .._base_client import AsyncPaginator, make_request_options
from ..types.widget import Widget
from ..types.widget_chunk import WidgetChunk

__all__ = ["Widgets", "AsyncWidgets"]


class Widgets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        return WidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsWithStreamingResponse:
        return WidgetsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        foo_bar: Optional[str] | Omit = omit,
        made_on: Union[str, date] | Omit = omit,
        expires_at: datetime | Omit = omit,
        parts: Iterable[widget_create_params.Part] | Omit = omit,
        shape: widget_create_params.Circle | widget_create_params.Square | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        tags: List[str] | Omit = omit,
        stream: bool | Omit = omit,
        acme_beta: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget | Stream[WidgetChunk]:
        extra_headers = {**strip_not_given({"Acme-Beta": acme_beta}), **(extra_headers or {})}
        return self._post(
            "/widgets",
            body=maybe_transform(
                {
                    "name": name,
                    "foo_bar": foo_bar,
                    "made_on": made_on,
                    "expires_at": expires_at,
                    "parts": parts,
                    "shape": shape,
                    "metadata": metadata,
                    "tags": tags,
                    "stream": stream,
                },
                widget_create_params.WidgetCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
            stream=stream or False,
            stream_cls=Stream[WidgetChunk],
        )

    def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        return self._get(
            path_template("/widgets/{widget_id}", widget_id=widget_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    def update(
        self,
        widget_id: str,
        *,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        return self._patch(
            path_template("/widgets/{widget_id}", widget_id=widget_id),
            body=maybe_transform({"name": name}, widget_create_params.WidgetCreateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: str | Omit = omit,
        include_deleted: bool | Omit = omit,
        ids: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[Widget]:
        return self._get_api_list(
            "/widgets",
            page=SyncCursorPage[Widget],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit, "order": order, "include_deleted": include_deleted, "ids": ids},
                    widget_list_params.WidgetListParams,
                ),
            ),
            model=Widget,
        )

    def history(
        self,
        widget_id: str,
        *,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Widget]:
        return self._get_api_list(
            path_template("/widgets/{widget_id}/history", widget_id=widget_id),
            page=SyncConversationCursorPage[Widget],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform({"after": after}, widget_list_params.WidgetListParams),
            ),
            model=Widget,
        )

    def delete(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        return self._delete(
            path_template("/widgets/{widget_id}", widget_id=widget_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    def upload(
        self,
        *,
        file: FileTypes,
        purpose: str,
        metadata: Dict[str, str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        body = deepcopy_minimal({"file": file, "purpose": purpose, "metadata": metadata})
        files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/widgets/upload",
            body=maybe_transform(body, widget_upload_params.WidgetUploadParams),
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    def content(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        return self._get(
            path_template("/widgets/{widget_id}/content", widget_id=widget_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )


class AsyncWidgets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        return AsyncWidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsWithStreamingResponse:
        return AsyncWidgetsWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        foo_bar: Optional[str] | Omit = omit,
        made_on: Union[str, date] | Omit = omit,
        expires_at: datetime | Omit = omit,
        parts: Iterable[widget_create_params.Part] | Omit = omit,
        shape: widget_create_params.Circle | widget_create_params.Square | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        tags: List[str] | Omit = omit,
        stream: bool | Omit = omit,
        acme_beta: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget | AsyncStream[WidgetChunk]:
        extra_headers = {**strip_not_given({"Acme-Beta": acme_beta}), **(extra_headers or {})}
        return await self._post(
            "/widgets",
            body=await async_maybe_transform(
                {
                    "name": name,
                    "foo_bar": foo_bar,
                    "made_on": made_on,
                    "expires_at": expires_at,
                    "parts": parts,
                    "shape": shape,
                    "metadata": metadata,
                    "tags": tags,
                    "stream": stream,
                },
                widget_create_params.WidgetCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
            stream=stream or False,
            stream_cls=AsyncStream[WidgetChunk],
        )

    async def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        return await self._get(
            path_template("/widgets/{widget_id}", widget_id=widget_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    async def update(
        self,
        widget_id: str,
        *,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        return await self._patch(
            path_template("/widgets/{widget_id}", widget_id=widget_id),
            body=await async_maybe_transform({"name": name}, widget_create_params.WidgetCreateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: str | Omit = omit,
        include_deleted: bool | Omit = omit,
        ids: List[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Widget, AsyncCursorPage[Widget]]:
        return self._get_api_list(
            "/widgets",
            page=AsyncCursorPage[Widget],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit, "order": order, "include_deleted": include_deleted, "ids": ids},
                    widget_list_params.WidgetListParams,
                ),
            ),
            model=Widget,
        )

    def history(
        self,
        widget_id: str,
        *,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Widget, AsyncConversationCursorPage[Widget]]:
        return self._get_api_list(
            path_template("/widgets/{widget_id}/history", widget_id=widget_id),
            page=AsyncConversationCursorPage[Widget],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform({"after": after}, widget_list_params.WidgetListParams),
            ),
            model=Widget,
        )

    async def delete(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        return await self._delete(
            path_template("/widgets/{widget_id}", widget_id=widget_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    async def upload(
        self,
        *,
        file: FileTypes,
        purpose: str,
        metadata: Dict[str, str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        body = deepcopy_minimal({"file": file, "purpose": purpose, "metadata": metadata})
        files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/widgets/upload",
            body=await async_maybe_transform(body, widget_upload_params.WidgetUploadParams),
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Widget,
        )

    async def content(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        return await self._get(
            path_template("/widgets/{widget_id}/content", widget_id=widget_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )


class WidgetsWithRawResponse:
    def __init__(self, widgets: Widgets) -> None:
        self._widgets = widgets
        self.create = to_raw_response_wrapper(widgets.create)
        self.retrieve = to_raw_response_wrapper(widgets.retrieve)
        self.update = to_raw_response_wrapper(widgets.update)
        self.list = to_raw_response_wrapper(widgets.list)
        self.history = to_raw_response_wrapper(widgets.history)
        self.delete = to_raw_response_wrapper(widgets.delete)
        self.upload = to_raw_response_wrapper(widgets.upload)
        self.content = to_raw_response_wrapper(widgets.content)


class AsyncWidgetsWithRawResponse:
    def __init__(self, widgets: AsyncWidgets) -> None:
        self._widgets = widgets
        self.create = async_to_raw_response_wrapper(widgets.create)
        self.retrieve = async_to_raw_response_wrapper(widgets.retrieve)
        self.update = async_to_raw_response_wrapper(widgets.update)
        self.list = async_to_raw_response_wrapper(widgets.list)
        self.history = async_to_raw_response_wrapper(widgets.history)
        self.delete = async_to_raw_response_wrapper(widgets.delete)
        self.upload = async_to_raw_response_wrapper(widgets.upload)
        self.content = async_to_raw_response_wrapper(widgets.content)


class WidgetsWithStreamingResponse:
    def __init__(self, widgets: Widgets) -> None:
        self._widgets = widgets
        self.create = to_streamed_response_wrapper(widgets.create)
        self.retrieve = to_streamed_response_wrapper(widgets.retrieve)
        self.update = to_streamed_response_wrapper(widgets.update)
        self.list = to_streamed_response_wrapper(widgets.list)
        self.history = to_streamed_response_wrapper(widgets.history)
        self.delete = to_streamed_response_wrapper(widgets.delete)
        self.upload = to_streamed_response_wrapper(widgets.upload)
        self.content = to_streamed_response_wrapper(widgets.content)


class AsyncWidgetsWithStreamingResponse:
    def __init__(self, widgets: AsyncWidgets) -> None:
        self._widgets = widgets
        self.create = async_to_streamed_response_wrapper(widgets.create)
        self.retrieve = async_to_streamed_response_wrapper(widgets.retrieve)
        self.update = async_to_streamed_response_wrapper(widgets.update)
        self.list = async_to_streamed_response_wrapper(widgets.list)
        self.history = async_to_streamed_response_wrapper(widgets.history)
        self.delete = async_to_streamed_response_wrapper(widgets.delete)
        self.upload = async_to_streamed_response_wrapper(widgets.upload)
        self.content = async_to_streamed_response_wrapper(widgets.content)
