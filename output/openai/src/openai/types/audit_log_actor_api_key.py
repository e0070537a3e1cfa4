# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.audit_log_actor_service_account import AuditLogActorServiceAccount
from ..types.audit_log_actor_user import AuditLogActorUser

__all__ = [
    "AuditLogActorAPIKey",
]


class AuditLogActorAPIKey(BaseModel):
    """The API Key used to perform the audit logged action."""

    id: Optional[str] = None
    """The tracking id of the API key."""

    type: Optional[Literal["user", "service_account"]] = None
    """The type of API key. Can be either `user` or `service_account`."""

    user: Optional[AuditLogActorUser] = None
    """The user who performed the audit logged action."""

    service_account: Optional[AuditLogActorServiceAccount] = None
    """The service account that performed the audit logged action."""
