# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ......_models import BaseModel
from ......types.admin.organization.role import Role
from ......types.group import Group

__all__ = [
    "RoleCreateResponse",
]


class RoleCreateResponse(BaseModel):
    """Role assignment linking a group to a role."""

    object: Literal["group.role"]
    """Always `group.role`."""

    group: Group
    """Summary information about a group returned in role assignment responses."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
