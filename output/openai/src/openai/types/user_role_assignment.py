# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.role import Role
from ..types.user import User

__all__ = [
    "UserRoleAssignment",
]


class UserRoleAssignment(BaseModel):
    """Role assignment linking a user to a role."""

    object: Literal["user.role"]
    """Always `user.role`."""

    user: User
    """Represents an individual `user` within an organization."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
