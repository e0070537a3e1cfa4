# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "SummaryTextContent",
]


class SummaryTextContent(BaseModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`."""

    text: str
    """A summary of the reasoning output from the model so far."""
