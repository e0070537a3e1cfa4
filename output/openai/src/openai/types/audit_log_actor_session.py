# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ..types.audit_log_actor_user import AuditLogActorUser

__all__ = [
    "AuditLogActorSession",
]


class AuditLogActorSession(BaseModel):
    """The session in which the audit logged action was performed."""

    user: Optional[AuditLogActorUser] = None
    """The user who performed the audit logged action."""

    ip_address: Optional[str] = None
    """The IP address from which the action was performed."""
