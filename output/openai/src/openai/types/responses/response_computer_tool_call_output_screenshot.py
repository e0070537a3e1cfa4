# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseComputerToolCallOutputScreenshot",
]


class ResponseComputerToolCallOutputScreenshot(BaseModel):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is 
    always set to `computer_screenshot`."""

    image_url: Optional[str] = None
    """The URL of the screenshot image."""

    file_id: Optional[str] = None
    """The identifier of an uploaded file that contains the screenshot."""
