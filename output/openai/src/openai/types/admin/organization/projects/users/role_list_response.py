# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional

from ......_models import BaseModel

__all__ = [
    "AssignmentSource",
    "RoleListResponse",
]


class AssignmentSource(BaseModel):
    principal_id: str
    principal_type: str


class RoleListResponse(BaseModel):
    """Detailed information about a role assignment entry returned when listing assignments."""

    id: str
    """Identifier for the role."""

    name: str
    """Name of the role."""

    permissions: List[str]
    """Permissions associated with the role."""

    resource_type: str
    """Resource type the role applies to."""

    predefined_role: bool
    """Whether the role is predefined by OpenAI."""

    description: Optional[str] = None
    """Description of the role."""

    created_at: Optional[int] = None
    """When the role was created."""

    updated_at: Optional[int] = None
    """When the role was last updated."""

    created_by: Optional[str] = None
    """Identifier of the actor who created the role."""

    created_by_user_obj: Optional[Dict[str, object]] = None
    """User details for the actor that created the role, when available."""

    metadata: Optional[Dict[str, object]] = None
    """Arbitrary metadata stored on the role."""

    assignment_sources: Optional[List[AssignmentSource]] = None
    """Principals from which the role assignment is inherited, when available."""
