# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "User",
    "ProjectsData",
    "Projects",
    "OrganizationUser",
]


class User(BaseModel):
    """Nested user details."""

    object: Literal["user"]
    id: str
    email: Optional[str] = None
    name: Optional[str] = None
    picture: Optional[str] = None
    enabled: Optional[bool] = None
    banned: Optional[bool] = None
    banned_at: Optional[int] = None


class ProjectsData(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    role: Optional[str] = None


class Projects(BaseModel):
    object: Literal["list"]
    data: List[ProjectsData]


class OrganizationUser(BaseModel):
    """Represents an individual `user` within an organization."""

    object: Literal["organization.user"]
    """The object type, which is always `organization.user`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: Optional[str] = None
    """The name of the user"""

    email: Optional[str] = None
    """The email address of the user"""

    role: Optional[str] = None
    """`owner` or `reader`"""

    added_at: int
    """The Unix timestamp (in seconds) of when the user was added."""

    is_default: Optional[bool] = None
    """Whether this is the organization's default user."""

    created: Optional[int] = None
    """The Unix timestamp (in seconds) of when the user was created."""

    user: Optional[User] = None
    """Nested user details."""

    is_service_account: Optional[bool] = None
    """Whether the user is a service account."""

    is_scale_tier_authorized_purchaser: Optional[bool] = None
    """Whether the user is an authorized purchaser for Scale Tier."""

    is_scim_managed: Optional[bool] = None
    """Whether the user is managed through SCIM."""

    api_key_last_used_at: Optional[int] = None
    """The Unix timestamp (in seconds) of the user's last API key usage."""

    technical_level: Optional[str] = None
    """The technical level metadata for the user."""

    developer_persona: Optional[str] = None
    """The developer persona metadata for the user."""

    projects: Optional[Projects] = None
    """Projects associated with the user, if included."""
