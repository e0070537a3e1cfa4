# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "SpendAlertNotificationChannelParam",
]


class SpendAlertNotificationChannelParam(TypedDict, total=False):
    """Email notification settings for a spend alert."""

    type: Required[Literal["email"]]
    """The notification channel type. Currently only `email` is supported."""

    recipients: Required[SequenceNotStr[str]]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: Optional[str]
    """Optional subject prefix for alert emails."""
