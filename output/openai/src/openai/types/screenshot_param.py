# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ScreenshotParam",
]


class ScreenshotParam(BaseModel):
    """A screenshot action."""

    type: Literal["screenshot"]
    """Specifies the event type. For a screenshot action, this property is always set to `screenshot`."""
