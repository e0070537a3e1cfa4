# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ....._models import BaseModel

__all__ = [
    "OrganizationGroupUser",
]


class OrganizationGroupUser(BaseModel):
    """Represents an individual user returned when inspecting group membership."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the user."""

    email: Optional[str] = None
    """The email address of the user."""
