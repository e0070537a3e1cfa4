# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel
from .....types.admin.organization.organization_user import OrganizationUser
from .....types.admin.organization.role import Role

__all__ = [
    "RoleCreateResponse",
]


class RoleCreateResponse(BaseModel):
    """Role assignment linking a user to a role."""

    object: Literal["user.role"]
    """Always `user.role`."""

    user: OrganizationUser
    """Represents an individual `user` within an organization."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
