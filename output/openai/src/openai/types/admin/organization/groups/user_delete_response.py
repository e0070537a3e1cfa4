# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "UserDeleteResponse",
]


class UserDeleteResponse(BaseModel):
    """Confirmation payload returned after removing a user from a group."""

    object: Literal["group.user.deleted"]
    """Always `group.user.deleted`."""

    deleted: bool
    """Whether the group membership was removed."""
