# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = [
    "AuditLogActorServiceAccount",
]


class AuditLogActorServiceAccount(BaseModel):
    """The service account that performed the audit logged action."""

    id: Optional[str] = None
    """The service account id."""
