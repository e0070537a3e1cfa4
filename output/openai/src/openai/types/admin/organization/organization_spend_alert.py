# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "NotificationChannel",
    "OrganizationSpendAlert",
]


class NotificationChannel(BaseModel):
    """Email notification settings for a spend alert."""

    type: Literal["email"]
    """The notification channel type. Currently only `email` is supported."""

    recipients: List[str]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: Optional[str] = None
    """Optional subject prefix for alert emails."""


class OrganizationSpendAlert(BaseModel):
    """Represents a spend alert configured at the organization level."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["organization.spend_alert"]
    """The object type, which is always `organization.spend_alert`."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: NotificationChannel
    """Email notification settings for a spend alert."""
