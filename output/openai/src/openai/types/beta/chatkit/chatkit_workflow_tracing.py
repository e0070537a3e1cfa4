# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "ChatKitWorkflowTracing",
]


class ChatKitWorkflowTracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Indicates whether tracing is enabled."""
