# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.audit_log_actor_api_key import AuditLogActorAPIKey
from ..types.audit_log_actor_session import AuditLogActorSession

__all__ = [
    "AuditLogActor",
]


class AuditLogActor(BaseModel):
    """The actor who performed the audit logged action."""

    type: Optional[Literal["session", "api_key"]] = None
    """The type of actor. Is either `session` or `api_key`."""

    session: Optional[AuditLogActorSession] = None
    """The session in which the audit logged action was performed."""

    api_key: Optional[AuditLogActorAPIKey] = None
    """The API Key used to perform the audit logged action."""
