# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "ToolChoice",
]


class ToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""
