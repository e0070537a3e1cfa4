# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "UserCreateResponse",
]


class UserCreateResponse(BaseModel):
    """Confirmation payload returned after adding a user to a group."""

    object: Literal["group.user"]
    """Always `group.user`."""

    user_id: str
    """Identifier of the user that was added."""

    group_id: str
    """Identifier of the group the user was added to."""
