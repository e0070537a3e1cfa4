# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "UserMessageQuotedText",
]


class UserMessageQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`."""

    text: str
    """Quoted text content."""
