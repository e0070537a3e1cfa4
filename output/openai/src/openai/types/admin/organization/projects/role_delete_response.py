# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "RoleDeleteResponse",
]


class RoleDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting a role."""

    object: Literal["role.deleted"]
    """Always `role.deleted`."""

    id: str
    """Identifier of the deleted role."""

    deleted: bool
    """Whether the role was deleted."""
