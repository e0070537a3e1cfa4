# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

from ...._base_client import AsyncPaginator, make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ....types.admin.organization import spend_alert_create_params, spend_alert_list_params, spend_alert_update_params
from ....types.admin.organization.organization_spend_alert import OrganizationSpendAlert
from ....types.admin.organization.organization_spend_alert_deleted import OrganizationSpendAlertDeleted

__all__ = ["SpendAlerts", "AsyncSpendAlerts"]


class SpendAlerts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SpendAlertsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return SpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpendAlertsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return SpendAlertsWithStreamingResponse(self)

    def create(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_create_params.NotificationChannel,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Creates an organization spend alert.

        Args:
          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/organization/spend_alerts",
            body=maybe_transform(
                {
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                spend_alert_create_params.SpendAlertCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=OrganizationSpendAlert,
        )

    def delete(
        self,
        alert_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendAlertDeleted:
        """
        Deletes an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not alert_id:
            raise ValueError(f"`alert_id` must be a non-empty string, got {alert_id!r}")
        return self._delete(
            path_template(
                "/organization/spend_alerts/{alert_id}",
                alert_id=alert_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=OrganizationSpendAlertDeleted,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[OrganizationSpendAlert]:
        """
        Lists organization spend alerts.

        Args:
          limit: A limit on the number of spend alerts to return. Defaults to 20.

          order: Sort order for the returned spend alerts.

          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.

          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/spend_alerts",
            page=SyncConversationCursorPage[OrganizationSpendAlert],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "before": before,
                    },
                    spend_alert_list_params.SpendAlertListParams,
                ),
            ),
            model=OrganizationSpendAlert,
        )

    def update(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_update_params.NotificationChannel,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Updates an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to update.

          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not alert_id:
            raise ValueError(f"`alert_id` must be a non-empty string, got {alert_id!r}")
        return self._post(
            path_template(
                "/organization/spend_alerts/{alert_id}",
                alert_id=alert_id,
            ),
            body=maybe_transform(
                {
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                spend_alert_update_params.SpendAlertUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=OrganizationSpendAlert,
        )


class AsyncSpendAlerts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSpendAlertsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpendAlertsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncSpendAlertsWithStreamingResponse(self)

    async def create(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_create_params.NotificationChannel,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Creates an organization spend alert.

        Args:
          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/organization/spend_alerts",
            body=await async_maybe_transform(
                {
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                spend_alert_create_params.SpendAlertCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=OrganizationSpendAlert,
        )

    async def delete(
        self,
        alert_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendAlertDeleted:
        """
        Deletes an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not alert_id:
            raise ValueError(f"`alert_id` must be a non-empty string, got {alert_id!r}")
        return await self._delete(
            path_template(
                "/organization/spend_alerts/{alert_id}",
                alert_id=alert_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=OrganizationSpendAlertDeleted,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[OrganizationSpendAlert, AsyncConversationCursorPage[OrganizationSpendAlert]]:
        """
        Lists organization spend alerts.

        Args:
          limit: A limit on the number of spend alerts to return. Defaults to 20.

          order: Sort order for the returned spend alerts.

          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.

          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/spend_alerts",
            page=AsyncConversationCursorPage[OrganizationSpendAlert],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "before": before,
                    },
                    spend_alert_list_params.SpendAlertListParams,
                ),
            ),
            model=OrganizationSpendAlert,
        )

    async def update(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_update_params.NotificationChannel,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Updates an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to update.

          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not alert_id:
            raise ValueError(f"`alert_id` must be a non-empty string, got {alert_id!r}")
        return await self._post(
            path_template(
                "/organization/spend_alerts/{alert_id}",
                alert_id=alert_id,
            ),
            body=await async_maybe_transform(
                {
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                spend_alert_update_params.SpendAlertUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=OrganizationSpendAlert,
        )


class SpendAlertsWithRawResponse:
    def __init__(self, spend_alerts: SpendAlerts) -> None:
        self._spend_alerts = spend_alerts

        self.create = to_raw_response_wrapper(
            spend_alerts.create,
        )

        self.delete = to_raw_response_wrapper(
            spend_alerts.delete,
        )

        self.list = to_raw_response_wrapper(
            spend_alerts.list,
        )

        self.update = to_raw_response_wrapper(
            spend_alerts.update,
        )


class AsyncSpendAlertsWithRawResponse:
    def __init__(self, spend_alerts: AsyncSpendAlerts) -> None:
        self._spend_alerts = spend_alerts

        self.create = async_to_raw_response_wrapper(
            spend_alerts.create,
        )

        self.delete = async_to_raw_response_wrapper(
            spend_alerts.delete,
        )

        self.list = async_to_raw_response_wrapper(
            spend_alerts.list,
        )

        self.update = async_to_raw_response_wrapper(
            spend_alerts.update,
        )


class SpendAlertsWithStreamingResponse:
    def __init__(self, spend_alerts: SpendAlerts) -> None:
        self._spend_alerts = spend_alerts

        self.create = to_streamed_response_wrapper(
            spend_alerts.create,
        )

        self.delete = to_streamed_response_wrapper(
            spend_alerts.delete,
        )

        self.list = to_streamed_response_wrapper(
            spend_alerts.list,
        )

        self.update = to_streamed_response_wrapper(
            spend_alerts.update,
        )


class AsyncSpendAlertsWithStreamingResponse:
    def __init__(self, spend_alerts: AsyncSpendAlerts) -> None:
        self._spend_alerts = spend_alerts

        self.create = async_to_streamed_response_wrapper(
            spend_alerts.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            spend_alerts.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            spend_alerts.list,
        )

        self.update = async_to_streamed_response_wrapper(
            spend_alerts.update,
        )
