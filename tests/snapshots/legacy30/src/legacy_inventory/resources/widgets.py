# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, Optional, cast

import httpx
from typing_extensions import Literal

from .._base_client import AsyncPaginator, make_request_options
from .._compat import cached_property
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import Body, Headers, NoneType, NotGiven, Omit, Query, not_given, omit
from .._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ..pagination import AsyncPage, SyncPage
from ..types import widget_create_params, widget_list_params
from ..types.priority import Priority
from ..types.widget import Widget

__all__ = ["Widgets", "AsyncWidgets"]


class Widgets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return WidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return WidgetsWithStreamingResponse(self)

    def list(
        self,
        *,
        kind: Literal["gadget", "gizmo"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[Widget]:
        """
        Returns all widgets at once; this list is not paginated.

        Args:
          kind: Only return widgets of this kind.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/v2/widgets",
            page=SyncPage[Widget],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "kind": kind,
                    },
                    widget_list_params.WidgetListParams,
                ),
            ),
            model=cast(Any, Widget),
        )

    def create(
        self,
        *,
        kind: Literal["gadget", "gizmo"],
        name: str,
        priority: Priority | Omit = omit,
        color: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        """
        Adds a widget to the inventory.

        Args:
          kind: The kind of widget.

          name: The display name.

          priority: Priority: 1 is highest, 4 is lowest.

          color: The colour (gadgets only).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return cast(
            Widget,
            self._post(
                "/v2/widgets",
                body=maybe_transform(
                    {
                        "kind": kind,
                        "name": name,
                        "priority": priority,
                        "color": color,
                    },
                    widget_create_params.WidgetCreateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Widget),
            ),
        )

    def retrieve(
        self,
        widget_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        """
        Returns one widget by its ID.

        Args:
          widget_id: The ID of the widget.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        return cast(
            Widget,
            self._get(
                path_template(
                    "/v2/widgets/{widget_id}",
                    widget_id=widget_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Widget),
            ),
        )

    def delete(
        self,
        widget_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Removes a widget. Answers with no content.

        Args:
          widget_id: The ID of the widget.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        return self._delete(
            path_template(
                "/v2/widgets/{widget_id}",
                widget_id=widget_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def label(
        self,
        widget_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str:
        """
        Returns the printable label of a widget as plain text.

        Args:
          widget_id: The ID of the widget.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        extra_headers = {"Accept": "text/plain", **(extra_headers or {})}
        return cast(
            str,
            self._get(
                path_template(
                    "/v2/widgets/{widget_id}/label",
                    widget_id=widget_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, str),
            ),
        )


class AsyncWidgets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncWidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncWidgetsWithStreamingResponse(self)

    def list(
        self,
        *,
        kind: Literal["gadget", "gizmo"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Widget, AsyncPage[Widget]]:
        """
        Returns all widgets at once; this list is not paginated.

        Args:
          kind: Only return widgets of this kind.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/v2/widgets",
            page=AsyncPage[Widget],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "kind": kind,
                    },
                    widget_list_params.WidgetListParams,
                ),
            ),
            model=cast(Any, Widget),
        )

    async def create(
        self,
        *,
        kind: Literal["gadget", "gizmo"],
        name: str,
        priority: Priority | Omit = omit,
        color: Optional[str] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        """
        Adds a widget to the inventory.

        Args:
          kind: The kind of widget.

          name: The display name.

          priority: Priority: 1 is highest, 4 is lowest.

          color: The colour (gadgets only).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return cast(
            Widget,
            await self._post(
                "/v2/widgets",
                body=await async_maybe_transform(
                    {
                        "kind": kind,
                        "name": name,
                        "priority": priority,
                        "color": color,
                    },
                    widget_create_params.WidgetCreateParams,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Widget),
            ),
        )

    async def retrieve(
        self,
        widget_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Widget:
        """
        Returns one widget by its ID.

        Args:
          widget_id: The ID of the widget.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        return cast(
            Widget,
            await self._get(
                path_template(
                    "/v2/widgets/{widget_id}",
                    widget_id=widget_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, Widget),
            ),
        )

    async def delete(
        self,
        widget_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """
        Removes a widget. Answers with no content.

        Args:
          widget_id: The ID of the widget.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        return await self._delete(
            path_template(
                "/v2/widgets/{widget_id}",
                widget_id=widget_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def label(
        self,
        widget_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str:
        """
        Returns the printable label of a widget as plain text.

        Args:
          widget_id: The ID of the widget.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not widget_id:
            raise ValueError(f"`widget_id` must be a non-empty string, got {widget_id!r}")
        extra_headers = {"Accept": "text/plain", **(extra_headers or {})}
        return cast(
            str,
            await self._get(
                path_template(
                    "/v2/widgets/{widget_id}/label",
                    widget_id=widget_id,
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                cast_to=cast(Any, str),
            ),
        )


class WidgetsWithRawResponse:
    def __init__(self, widgets: Widgets) -> None:
        self._widgets = widgets

        self.list = to_raw_response_wrapper(
            widgets.list,
        )

        self.create = to_raw_response_wrapper(
            widgets.create,
        )

        self.retrieve = to_raw_response_wrapper(
            widgets.retrieve,
        )

        self.delete = to_raw_response_wrapper(
            widgets.delete,
        )

        self.label = to_raw_response_wrapper(
            widgets.label,
        )


class AsyncWidgetsWithRawResponse:
    def __init__(self, widgets: AsyncWidgets) -> None:
        self._widgets = widgets

        self.list = async_to_raw_response_wrapper(
            widgets.list,
        )

        self.create = async_to_raw_response_wrapper(
            widgets.create,
        )

        self.retrieve = async_to_raw_response_wrapper(
            widgets.retrieve,
        )

        self.delete = async_to_raw_response_wrapper(
            widgets.delete,
        )

        self.label = async_to_raw_response_wrapper(
            widgets.label,
        )


class WidgetsWithStreamingResponse:
    def __init__(self, widgets: Widgets) -> None:
        self._widgets = widgets

        self.list = to_streamed_response_wrapper(
            widgets.list,
        )

        self.create = to_streamed_response_wrapper(
            widgets.create,
        )

        self.retrieve = to_streamed_response_wrapper(
            widgets.retrieve,
        )

        self.delete = to_streamed_response_wrapper(
            widgets.delete,
        )

        self.label = to_streamed_response_wrapper(
            widgets.label,
        )


class AsyncWidgetsWithStreamingResponse:
    def __init__(self, widgets: AsyncWidgets) -> None:
        self._widgets = widgets

        self.list = async_to_streamed_response_wrapper(
            widgets.list,
        )

        self.create = async_to_streamed_response_wrapper(
            widgets.create,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            widgets.retrieve,
        )

        self.delete = async_to_streamed_response_wrapper(
            widgets.delete,
        )

        self.label = async_to_streamed_response_wrapper(
            widgets.label,
        )
