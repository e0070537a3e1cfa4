# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .....types.spend_alert_notification_channel_param import SpendAlertNotificationChannelParam

__all__ = [
    "SpendAlertCreateParams",
]


class SpendAlertCreateParams(TypedDict, total=False):
    threshold_amount: Required[int]
    """The alert threshold amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: Required[SpendAlertNotificationChannelParam]
    """Email notification settings for a spend alert."""
