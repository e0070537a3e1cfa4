# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "ProjectModelPermissionsDeleted",
]


class ProjectModelPermissionsDeleted(BaseModel):
    """Confirmation payload returned after deleting project model permissions."""

    object: Literal["project.model_permissions.deleted"]
    """The object type, which is always `project.model_permissions.deleted`."""

    deleted: bool
    """Whether the project model permissions were deleted."""
