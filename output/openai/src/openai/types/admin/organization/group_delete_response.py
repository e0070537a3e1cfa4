# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "GroupDeleteResponse",
]


class GroupDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting a group."""

    object: Literal["group.deleted"]
    """Always `group.deleted`."""

    id: str
    """Identifier of the deleted group."""

    deleted: bool
    """Whether the group was deleted."""
