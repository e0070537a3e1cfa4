# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "ProjectServiceAccount",
]


class ProjectServiceAccount(BaseModel):
    """Represents an individual service account in a project."""

    object: Literal["organization.project.service_account"]
    """The object type, which is always `organization.project.service_account`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the service account"""

    role: Literal["owner", "member"]
    """`owner` or `member`"""

    created_at: int
    """The Unix timestamp (in seconds) of when the service account was created"""
