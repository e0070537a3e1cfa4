# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ......_models import BaseModel

__all__ = [
    "RoleDeleteResponse",
]


class RoleDeleteResponse(BaseModel):
    """Confirmation payload returned after unassigning a role."""

    object: str
    """Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`."""

    deleted: bool
    """Whether the assignment was removed."""
