# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "SessionUser",
    "Session",
    "APIKeyUser",
    "APIKeyServiceAccount",
    "APIKey",
    "AuditLogActor",
]


class SessionUser(BaseModel):
    """The user who performed the audit logged action."""

    id: Optional[str] = None
    """The user id."""

    email: Optional[str] = None
    """The user email."""


class Session(BaseModel):
    """The session in which the audit logged action was performed."""

    user: Optional[SessionUser] = None
    """The user who performed the audit logged action."""

    ip_address: Optional[str] = None
    """The IP address from which the action was performed."""


class APIKeyUser(BaseModel):
    """The user who performed the audit logged action."""

    id: Optional[str] = None
    """The user id."""

    email: Optional[str] = None
    """The user email."""


class APIKeyServiceAccount(BaseModel):
    """The service account that performed the audit logged action."""

    id: Optional[str] = None
    """The service account id."""


class APIKey(BaseModel):
    """The API Key used to perform the audit logged action."""

    id: Optional[str] = None
    """The tracking id of the API key."""

    type: Optional[Literal["user", "service_account"]] = None
    """The type of API key. Can be either `user` or `service_account`."""

    user: Optional[APIKeyUser] = None
    """The user who performed the audit logged action."""

    service_account: Optional[APIKeyServiceAccount] = None
    """The service account that performed the audit logged action."""


class AuditLogActor(BaseModel):
    """The actor who performed the audit logged action."""

    type: Optional[Literal["session", "api_key"]] = None
    """The type of actor. Is either `session` or `api_key`."""

    session: Optional[Session] = None
    """The session in which the audit logged action was performed."""

    api_key: Optional[APIKey] = None
    """The API Key used to perform the audit logged action."""
