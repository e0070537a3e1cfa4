# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ComputerScreenshotContent",
]


class ComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: Optional[str] = None
    file_id: Optional[str] = None
    detail: Literal["low", "high", "auto", "original"]
    """The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
