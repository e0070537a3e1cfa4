# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "Project",
    "Invite",
]


class Project(BaseModel):
    id: str
    """Project's public ID"""

    role: Literal["member", "owner"]
    """Project membership role"""


class Invite(BaseModel):
    """Represents an individual `invite` to the organization."""

    object: Literal["organization.invite"]
    """The object type, which is always `organization.invite`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    email: str
    """The email address of the individual to whom the invite was sent"""

    role: Literal["owner", "reader"]
    """`owner` or `reader`"""

    status: Literal["accepted", "expired", "pending"]
    """`accepted`,`expired`, or `pending`"""

    created_at: int
    """The Unix timestamp (in seconds) of when the invite was sent."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the invite expires."""

    accepted_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the invite was accepted."""

    projects: List[Project]
    """The projects that were granted membership upon acceptance of the invite."""
