# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ProjectAPIKeyOwnerUser",
]


class ProjectAPIKeyOwnerUser(BaseModel):
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
