# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "SpendAlertNotificationChannel",
]


class SpendAlertNotificationChannel(BaseModel):
    """Email notification settings for a spend alert."""

    type: Literal["email"]
    """The notification channel type. Currently only `email` is supported."""

    recipients: List[str]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: Optional[str] = None
    """Optional subject prefix for alert emails."""
