# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "OwnerUser",
    "OwnerServiceAccount",
    "Owner",
    "ProjectAPIKey",
]


class OwnerUser(BaseModel):
    """The user that owns a project API key."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    email: str
    """The email address of the user."""

    name: str
    """The name of the user."""

    created_at: int
    """The Unix timestamp (in seconds) of when the user was created."""

    role: str
    """The user's project role."""


class OwnerServiceAccount(BaseModel):
    """The service account that owns a project API key."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the service account."""

    created_at: int
    """The Unix timestamp (in seconds) of when the service account was created."""

    role: str
    """The service account's project role."""


class Owner(BaseModel):
    type: Optional[Literal["user", "service_account"]] = None
    """`user` or `service_account`"""

    user: Optional[OwnerUser] = None
    """The user that owns a project API key."""

    service_account: Optional[OwnerServiceAccount] = None
    """The service account that owns a project API key."""


class ProjectAPIKey(BaseModel):
    """Represents an individual API key in a project."""

    object: Literal["organization.project.api_key"]
    """The object type, which is always `organization.project.api_key`"""

    redacted_value: str
    """The redacted value of the API key"""

    name: str
    """The name of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    last_used_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the API key was last used."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    owner: Owner
